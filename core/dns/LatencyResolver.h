#pragma once
// A resolver that waits a fixed time before every question it passes on: the round trip of a real
// network, made exact, for the parallel-DNS benchmark and the tests that measure wall time.

#include "core/dns/Resolver.h"

#include <atomic>
#include <chrono>

namespace dmarcplan::dns {

class LatencyResolver : public Resolver {
public:
    LatencyResolver(ResolverPtr inner, std::chrono::milliseconds latency);

    Answer query(std::string_view name, RecordType type) override;
    std::size_t queriesSent() const override { return m_queries.load(); }
    std::size_t maxInFlight() const { return m_maxInFlight.load(); } // most questions waiting at once

private:
    ResolverPtr m_inner;
    std::chrono::milliseconds m_latency;
    std::atomic<std::size_t> m_queries{0};
    std::atomic<std::size_t> m_inFlight{0};
    std::atomic<std::size_t> m_maxInFlight{0};
};

} // namespace dmarcplan::dns
