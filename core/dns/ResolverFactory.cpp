#include "core/dns/ResolverFactory.h"

#include "core/dns/ZoneResolver.h"

namespace dmarcplan::dns {

Result<ResolverStack> makeResolver(const ResolverOptions& options) {
    return makeResolver(options, ZoneData());
}

Result<ResolverStack> makeResolver(const ResolverOptions& options, const ZoneData& overlay,
                                   const std::function<ZoneData(const ZoneData&)>& adjustFiles) {
    ZoneData zones;
    for (const auto& file : options.zoneFiles) {
        auto zone = ZoneData::fromFile(file, options.origin);
        if (!zone)
            return zone.error();
        zones.merge(adjustFiles ? adjustFiles(*zone) : *zone);
    }
    const bool hasOverlay = !overlay.records().empty() || !overlay.origins().empty();
    zones.merge(overlay);
    std::shared_ptr<LiveResolver> live;
    if (!options.offline) {
        LiveResolverOptions liveOptions;
        liveOptions.timeoutMs = options.timeoutMs;
        for (const auto& text : options.nameservers) {
            auto server = parseNameServer(text);
            if (!server)
                return server.error();
            liveOptions.servers.push_back(*server);
        }
        auto resolver = LiveResolver::create(liveOptions);
        if (!resolver)
            return resolver.error();
        live = *resolver;
    }
    ResolverStack stack;
    if (options.zoneFiles.empty() && !hasOverlay && live) {
        stack.resolver = std::make_shared<CachingResolver>(live);
    } else {
        // Offline without zones: an empty zone set that covers nothing, so every name is "offline".
        if (zones.origins().empty() && zones.records().empty())
            zones.addOrigin("invalid");
        stack.resolver = std::make_shared<CachingResolver>(std::make_shared<ZoneResolver>(zones, live));
    }
    stack.zones = std::move(zones);
    stack.live = std::move(live);
    return stack;
}

std::shared_ptr<CachingResolver> makeResolver(ZoneData zones, ResolverPtr fallback) {
    return std::make_shared<CachingResolver>(std::make_shared<ZoneResolver>(std::move(zones), std::move(fallback)));
}

} // namespace dmarcplan::dns
