#pragma once
// What several targets share: the test data they build their DNS from (tests/data, compiled in as
// DMARCPLAN_FUZZ_DATA_DIR), and check_host() run the same way over whatever DNS a target made.

#include "core/dns/Resolver.h"
#include "core/dns/ZoneData.h"

#include <initializer_list>
#include <string>

namespace dmarcplan::fuzz {

// The zone files under tests/data with these relative paths, merged; aborts when one does not load.
dns::ZoneData loadZones(std::initializer_list<const char*> relativePaths);

// check_host() for user@domain from an IPv4 and an IPv6 client, checking that the RFC 7208 §4.6.4
// lookup limits held and that the outcome converts to JSON.
void checkSpfFromBothFamilies(dns::Resolver& resolver, const std::string& domain);

} // namespace dmarcplan::fuzz
