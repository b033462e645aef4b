#pragma once
// Answers from zone data first; names outside the zones go to a fallback resolver (live DNS), or
// are NXDOMAIN when there is none (--offline), with the answer's source saying so.

#include "core/dns/Resolver.h"
#include "core/dns/ZoneData.h"

#include <atomic>

namespace dmarcplan::dns {

class ZoneResolver : public Resolver {
public:
    explicit ZoneResolver(ZoneData zones, ResolverPtr fallback = nullptr);

    Answer query(std::string_view name, RecordType type) override;
    std::size_t queriesSent() const override;

    const ZoneData& zones() const { return m_zones; }

private:
    ZoneData m_zones;
    ResolverPtr m_fallback;
    std::atomic<std::size_t> m_queries{0};
};

// Follows CNAME answers returned by `step` (at most kMaxCnameHops), collecting the chain.
// Shared by the zone and live resolvers so both follow CNAMEs the same way.
template <typename Step> Answer followCnames(std::string_view name, RecordType type, Step step);

inline constexpr int kMaxCnameHops = 8;

} // namespace dmarcplan::dns

#include "core/dns/CnameFollowing.inl"
