#include "core/dns/LatencyResolver.h"

#include <thread>

namespace dmarcplan::dns {

LatencyResolver::LatencyResolver(ResolverPtr inner, std::chrono::milliseconds latency)
    : m_inner(std::move(inner)), m_latency(latency) {}

Answer LatencyResolver::query(std::string_view name, RecordType type) {
    ++m_queries;
    auto now = ++m_inFlight;
    for (auto seen = m_maxInFlight.load(); now > seen && !m_maxInFlight.compare_exchange_weak(seen, now);)
        ;
    std::this_thread::sleep_for(m_latency);
    auto answer = m_inner->query(name, type);
    --m_inFlight;
    return answer;
}

} // namespace dmarcplan::dns
