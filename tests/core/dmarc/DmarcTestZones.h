#pragma once
// The DMARC scenario zone (tests/data/dmarc/policies.zone) behind a cached resolver.

#include "core/dns/ResolverFactory.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

namespace dmarcplan::test {

inline dns::ZoneData dmarcZones() {
    auto zone = dns::ZoneData::fromFile(dataPath("dmarc/policies.zone"));
    EXPECT_TRUE(zone) << zone.error().describe();
    return zone ? *zone : dns::ZoneData{};
}

inline std::shared_ptr<dns::CachingResolver> dmarcResolver(dns::ZoneData extra = {}) {
    auto zones = dmarcZones();
    zones.merge(extra);
    return dns::makeResolver(std::move(zones));
}

} // namespace dmarcplan::test
