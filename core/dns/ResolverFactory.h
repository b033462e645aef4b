#pragma once
// Builds the resolver stack from the DNS options every command shares:
//   cache -> zone files (authoritative for their zones) -> live DNS (unless offline)

#include "core/common/Result.h"
#include "core/dns/CachingResolver.h"
#include "core/dns/LiveResolver.h"
#include "core/dns/ZoneData.h"

#include <functional>
#include <string>
#include <vector>

namespace dmarcplan::dns {

struct ResolverOptions {
    std::vector<std::string> zoneFiles;   // --zone FILE (repeatable)
    std::string origin;                   // --origin: for zone files without $ORIGIN/SOA
    std::vector<std::string> nameservers; // --nameserver HOST[:PORT] (repeatable)
    bool offline = false;                 // --offline: never ask live DNS
    int timeoutMs = 5000;                 // --timeout MS
};

struct ResolverStack {
    std::shared_ptr<CachingResolver> resolver; // what the engines use
    ZoneData zones;                            // what the zone files held (zone lint reads it)
    std::shared_ptr<LiveResolver> live;        // the live DNS client under the cache; null when offline
};

// Zone files are parsed here; a malformed one is an InputError naming file and line.
Result<ResolverStack> makeResolver(const ResolverOptions& options);

// The same stack with `overlay` (records built in code, e.g. what a plan would publish) answering
// before the zone files; `adjustFiles` may edit the files' data first (drop what the overlay replaces).
Result<ResolverStack> makeResolver(const ResolverOptions& options, const ZoneData& overlay,
                                   const std::function<ZoneData(const ZoneData&)>& adjustFiles = {});

// Same stack over zone data built in code (tests, simulator overlays).
std::shared_ptr<CachingResolver> makeResolver(ZoneData zones, ResolverPtr fallback = nullptr);

} // namespace dmarcplan::dns
