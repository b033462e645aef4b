#include "tests/fuzz/FuzzSupport.h"

#include "core/spf/Evaluator.h"
#include "tests/fuzz/FuzzTarget.h"

#include <nlohmann/json.hpp>

namespace dmarcplan::fuzz {

dns::ZoneData loadZones(std::initializer_list<const char*> relativePaths) {
    dns::ZoneData zones;
    for (const char* path : relativePaths) {
        auto zone = dns::ZoneData::fromFile(std::string(DMARCPLAN_FUZZ_DATA_DIR) + "/" + path);
        FUZZ_CHECK(zone.ok());
        zones.merge(*zone);
    }
    return zones;
}

void checkSpfFromBothFamilies(dns::Resolver& resolver, const std::string& domain) {
    for (const char* ip : {"192.0.2.25", "2001:db8::1"}) {
        spf::CheckRequest request;
        request.ip = ip;
        request.sender = "user@" + domain;
        request.helo = "mx." + domain;
        auto outcome = spf::checkHost(resolver, request);
        // One term over the limit is what makes the permerror; nothing is evaluated after it.
        FUZZ_CHECK(outcome.dnsLookups <= request.lookupLimit + 1);
        FUZZ_CHECK(outcome.voidLookups <= request.voidLimit + 1);
        (void)spf::toJson(outcome).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
}

} // namespace dmarcplan::fuzz
