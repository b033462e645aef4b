#pragma once
// Live DNS through ldns: the system's resolv.conf or explicit servers, a time budget per question,
// EDNS0, and TCP when a UDP answer comes back truncated.

#include "core/common/Result.h"
#include "core/dns/Resolver.h"

#include <atomic>
#include <string>
#include <vector>

namespace dmarcplan::dns {

struct NameServer {
    std::string host; // IPv4 or IPv6 address
    std::uint16_t port = 53;
};

// Parses "HOST", "HOST:PORT", "[V6]:PORT" or a bare IPv6 address.
Result<NameServer> parseNameServer(std::string_view text);

struct LiveResolverOptions {
    std::vector<NameServer> servers; // empty: the system's resolv.conf
    int timeoutMs = 5000;             // whole budget for one question, all attempts included
    int attempts = 2;                 // tries over the servers within that budget
};

class LiveResolver : public Resolver {
public:
    static Result<std::shared_ptr<LiveResolver>> create(LiveResolverOptions options);

    Answer query(std::string_view name, RecordType type) override;
    std::size_t queriesSent() const override { return m_queries.load(); }

    const std::vector<NameServer>& servers() const { return m_options.servers; }

private:
    explicit LiveResolver(LiveResolverOptions options);
    Answer querySingle(const std::string& name, RecordType type);

    LiveResolverOptions m_options;
    std::atomic<std::size_t> m_queries{0};
};

} // namespace dmarcplan::dns
