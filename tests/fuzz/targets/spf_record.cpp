// SPF record text (a TXT answer, a --record argument, a plan file's record) through the RFC 7208
// parser, the macro scanner and the linter, which also follows include/redirect through DNS.
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTarget.h"

#include "core/dns/ResolverFactory.h"
#include "core/spf/Linter.h"
#include "core/spf/Macro.h"
#include "core/spf/Parser.h"

#include <nlohmann/json.hpp>

using namespace dmarcplan;

DMARCPLAN_FUZZ_TARGET(spf_record) {
    auto outcome = spf::parseRecord(input);
    FUZZ_CHECK(outcome.ok() != outcome.error.has_value());
    if (outcome.error) {
        FUZZ_CHECK(outcome.error->span.begin <= outcome.error->span.end);
        FUZZ_CHECK(outcome.error->span.end <= input.size());
    }
    if (outcome.record) {
        for (const auto& term : outcome.record->terms) {
            FUZZ_CHECK(term.span.begin <= term.span.end && term.span.end <= outcome.record->text.size());
            FUZZ_CHECK(outcome.record->text.substr(term.span.begin, term.span.end - term.span.begin) == term.text);
        }
        // The parser's own output parses again to the same terms.
        auto again = spf::parseRecord(outcome.record->text);
        FUZZ_CHECK(again.ok() && again.record->terms.size() == outcome.record->terms.size());
    }
    if (auto error = spf::checkMacroString(input, true))
        FUZZ_CHECK(error->span.end <= input.size());
    spf::MacroContext context;
    context.ip = *spf::IpAddress::parse("192.0.2.1");
    context.sender = "user@example.test";
    context.localPart = "user";
    context.senderDomain = context.domain = context.helo = "example.test";
    context.receiver = "mx.example.test";
    context.validatedName = [] { return std::string("example.test"); };
    (void)spf::expandMacroString(input, context, false);
    (void)spf::expandMacroString(input, context, true);

    // Lint with the record published at the apex of a small zone it can include and redirect into.
    static const auto zone = [] {
        auto data = dns::ZoneData::fromText("$ORIGIN example.test.\n"
                                            "@ 300 IN SOA ns. host. 1 2 3 4 300\n"
                                            "_spf 300 IN TXT \"v=spf1 ip4:192.0.2.0/24 include:example.test -all\"\n"
                                            "mx 300 IN A 192.0.2.25\n"
                                            "@ 300 IN MX 10 mx\n",
                                            "", "fuzz");
        return *data;
    }();
    dns::ZoneData withRecord = zone;
    withRecord.addRecord(dns::Record::makeTxt("example.test", {std::string(input)}, 300));
    auto resolver = dns::makeResolver(withRecord);
    auto report = spf::analyzeRecord(input, "example.test", *resolver);
    for (const auto& finding : report.findings) {
        FUZZ_CHECK(finding.span.begin <= finding.span.end);
        (void)finding.message();
        (void)finding.fix();
    }
    (void)spf::toJson(report).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);

    // And evaluated: check_host() for a client inside and one outside the zone's network.
    fuzz::checkSpfFromBothFamilies(*resolver, "example.test");
}
