// Zone file text (--zone FILE) through the ldns-based reader, then every owner name looked up for
// the types the engines ask for.
#include "tests/fuzz/FuzzTarget.h"

#include "core/dns/ResolverFactory.h"

using namespace dmarcplan;

DMARCPLAN_FUZZ_TARGET(zone_file) {
    for (std::string_view origin : {std::string_view(), std::string_view("example.test")}) {
        auto zone = dns::ZoneData::fromText(input, origin, "fuzz.zone");
        if (!zone) {
            FUZZ_CHECK(zone.error().line >= 0);
            continue;
        }
        auto resolver = dns::makeResolver(*zone);
        for (std::size_t i = 0; i < zone->records().size() && i < 64; ++i) {
            const auto& record = zone->records()[i];
            FUZZ_CHECK(zone->lineOf(i) >= 0);
            for (auto type : {dns::RecordType::TXT, dns::RecordType::A, dns::RecordType::MX, record.type}) {
                auto answer = resolver->query(record.name, type);
                FUZZ_CHECK(answer.ok() == !answer.records.empty());
                for (const auto& found : answer.records)
                    FUZZ_CHECK(found.type == type);
            }
        }
    }
}
