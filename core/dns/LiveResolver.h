#pragma once
// Live DNS: the system's resolv.conf or explicit servers, EDNS0, and TCP when a UDP answer comes back
// truncated. The client owns its deadline: one monotonic deadline per question covers every attempt,
// every server, every TCP read and every CNAME hop, so the timeout is a promise. ldns builds and parses
// the messages; the sockets are ours (DnsTransport), and so are the rules for taking a reply (DnsMessage).

#include "core/common/Result.h"
#include "core/dns/DnsMessage.h"
#include "core/dns/DnsTransport.h"
#include "core/dns/Resolver.h"

#include <atomic>
#include <chrono>
#include <optional>
#include <span>
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
    int timeoutMs = 5000;            // whole budget for one question, all attempts included
    int attempts = 2;                // tries over the servers within that budget
};

// What one reply means for a query: refused (not the answer to it, RFC 5452 §9.1), or the Answer it
// carries (records, NXDOMAIN, NODATA, a CNAME to follow, or a temperror for SERVFAIL and the like).
// A truncated reply carries no answer: it is to be asked again over TCP.
struct ReplyReading {
    ReplyVerdict verdict = ReplyVerdict::Malformed;
    bool truncated = false;
    Answer answer; // when accepted and not truncated
};
ReplyReading readReply(std::span<const std::uint8_t> reply, const DnsQuery& query, const std::string& source);

class LiveResolver : public Resolver {
public:
    static Result<std::shared_ptr<LiveResolver>> create(LiveResolverOptions options);

    Answer query(std::string_view name, RecordType type) override;
    std::size_t queriesSent() const override { return m_queries.load(); }

    const std::vector<NameServer>& servers() const { return m_options.servers; }

    // A deadline for every question of a run (check --deadline): questions after it are temperrors
    // without being asked, and questions in flight end at it. Safe to call while questions run.
    void setRunDeadline(std::chrono::steady_clock::time_point deadline);

private:
    explicit LiveResolver(LiveResolverOptions options);
    Answer querySingle(const std::string& name, RecordType type, const Deadline& deadline);
    Deadline runDeadline() const;
    bool runDeadlinePassed() const;

    LiveResolverOptions m_options;
    std::atomic<std::size_t> m_queries{0};
    // steady_clock ticks; max() while no run deadline is set.
    std::atomic<std::chrono::steady_clock::rep> m_runDeadline{
        std::chrono::steady_clock::time_point::max().time_since_epoch().count()};
};

} // namespace dmarcplan::dns
