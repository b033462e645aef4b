#include "core/dns/ZoneResolver.h"

namespace dmarcplan::dns {

ZoneResolver::ZoneResolver(ZoneData zones, ResolverPtr fallback)
    : m_zones(std::move(zones)), m_fallback(std::move(fallback)) {}

Answer ZoneResolver::query(std::string_view name, RecordType type) {
    return followCnames(name, type, [this](const std::string& current, RecordType t) {
        if (m_zones.covers(current)) {
            ++m_queries;
            return m_zones.lookup(current, t);
        }
        if (m_fallback) {
            // The fallback follows the rest of the chain itself; its answer ends ours.
            Answer answer = m_fallback->query(current, t);
            answer.type = t;
            return answer;
        }
        Answer offline;
        offline.name = current;
        offline.type = t;
        offline.status = Status::NxDomain;
        offline.source = "offline";
        offline.error = "outside the loaded zones and live DNS is off";
        return offline;
    });
}

std::size_t ZoneResolver::queriesSent() const {
    return m_queries.load() + (m_fallback ? m_fallback->queriesSent() : 0);
}

} // namespace dmarcplan::dns
