#include "core/dns/LiveResolver.h"

#include "core/common/DomainName.h"
#include "core/dns/DnsName.h"
#include "core/dns/LdnsRecord.h"
#include "core/dns/ZoneResolver.h"

#include <algorithm>
#include <arpa/inet.h>
#include <charconv>
#include <ldns/ldns.h>
#include <memory>

namespace dmarcplan::dns {

namespace {

struct ResolverDeleter {
    void operator()(ldns_resolver* r) const { ldns_resolver_deep_free(r); }
};
struct PacketDeleter {
    void operator()(ldns_pkt* p) const { ldns_pkt_free(p); }
};

bool isAddress(const std::string& host) {
    unsigned char buffer[16];
    return inet_pton(AF_INET, host.c_str(), buffer) == 1 || inet_pton(AF_INET6, host.c_str(), buffer) == 1;
}

std::vector<NameServer> systemNameServers() {
    std::vector<NameServer> servers;
    ldns_resolver* raw = nullptr;
    if (ldns_resolver_new_frm_file(&raw, nullptr) != LDNS_STATUS_OK || !raw)
        return servers;
    std::unique_ptr<ldns_resolver, ResolverDeleter> resolver(raw);
    for (std::size_t i = 0; i < ldns_resolver_nameserver_count(raw); ++i)
        servers.push_back({rdfText(ldns_resolver_nameservers(raw)[i]), 53});
    return servers;
}

Answer temporaryFailure(const std::string& name, RecordType type, std::string error, const std::string& source) {
    Answer answer;
    answer.name = name;
    answer.type = type;
    answer.status = Status::TempError;
    answer.error = std::move(error);
    answer.source = source;
    return answer;
}

std::optional<Record> recordFrom(const ldns_rr* rr) {
    return recordFromLdns(rr, rdfName(ldns_rr_owner(rr)));
}

// Reads one response: the records of `type` at `name`, or the CNAME there, with the status.
Answer answerFromPacket(const ldns_pkt* packet, const std::string& name, RecordType type, const std::string& source) {
    Answer answer;
    answer.name = name;
    answer.type = type;
    answer.source = source;
    switch (ldns_pkt_get_rcode(packet)) {
    case LDNS_RCODE_NOERROR:
        answer.status = Status::NoData; // until the answer section shows records
        break;
    case LDNS_RCODE_NXDOMAIN:
        answer.status = Status::NxDomain;
        break;
    default: {
        char* rcode = ldns_pkt_rcode2str(ldns_pkt_get_rcode(packet));
        answer = temporaryFailure(name, type, std::string("server answered ") + (rcode ? rcode : "error"), source);
        free(rcode);
        return answer;
    }
    }
    // The negative TTL is the smaller of the SOA's TTL and its MINIMUM (RFC 2308 §5).
    const ldns_rr_list* authority = ldns_pkt_authority(packet);
    for (std::size_t i = 0; authority && i < ldns_rr_list_rr_count(authority); ++i) {
        const ldns_rr* rr = ldns_rr_list_rr(authority, i);
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_SOA && ldns_rr_rd_count(rr) >= 7)
            answer.negativeTtl = std::min(ldns_rr_ttl(rr), ldns_rdf2native_int32(ldns_rr_rdf(rr, 6)));
    }
    if (answer.status == Status::NxDomain)
        return answer;
    // Walk the answer section's CNAME chain from the question name, as a stub resolver does.
    const ldns_rr_list* section = ldns_pkt_answer(packet);
    std::string current = name;
    std::optional<Record> danglingCname;
    for (int hop = 0; hop <= kMaxCnameHops; ++hop) {
        bool advanced = false;
        for (std::size_t i = 0; section && i < ldns_rr_list_rr_count(section); ++i) {
            const ldns_rr* rr = ldns_rr_list_rr(section, i);
            auto record = recordFrom(rr);
            if (!record || record->name != current)
                continue;
            if (record->type == type) {
                record->name = name;
                answer.records.push_back(std::move(*record));
            } else if (record->type == RecordType::CNAME && type != RecordType::CNAME && !advanced) {
                answer.cnameChain.push_back(current);
                danglingCname = *record;
                current = record->value;
                advanced = true;
            }
        }
        if (!answer.records.empty() || !advanced)
            break;
        // A chain that comes back to a name it went through (a CNAME to itself too) never ends: the
        // same temperror as a chain followed across queries (CnameFollowing.inl), not NODATA.
        if (std::find(answer.cnameChain.begin(), answer.cnameChain.end(), current) != answer.cnameChain.end()) {
            auto looping = temporaryFailure(name, type, "CNAME chain too long or looping", source);
            looping.cnameChain = std::move(answer.cnameChain);
            return looping;
        }
    }
    if (!answer.records.empty()) {
        answer.status = Status::Records;
        return answer;
    }
    if (danglingCname && current != name) {
        // The server gave a CNAME whose target it does not hold: the caller asks for the target.
        answer.status = Status::Records;
        answer.type = RecordType::CNAME;
        danglingCname->value = current;
        answer.records = {*danglingCname};
        return answer;
    }
    answer.status = Status::NoData;
    return answer;
}

} // namespace

Result<NameServer> parseNameServer(std::string_view text) {
    NameServer server;
    std::string input(text);
    std::string host = input;
    std::string port;
    if (!input.empty() && input.front() == '[') {
        auto close = input.find(']');
        if (close == std::string::npos)
            return InputError{"--nameserver", 0, 0, "missing ']' in \"" + input + "\""};
        host = input.substr(1, close - 1);
        if (close + 1 < input.size()) {
            if (input[close + 1] != ':')
                return InputError{"--nameserver", 0, 0, "expected ':PORT' after ']' in \"" + input + "\""};
            port = input.substr(close + 2);
        }
    } else if (std::count(input.begin(), input.end(), ':') == 1) {
        auto colon = input.find(':');
        host = input.substr(0, colon);
        port = input.substr(colon + 1);
    }
    if (!isAddress(host))
        return InputError{"--nameserver", 0, 0, "\"" + host + "\" is not an IPv4 or IPv6 address"};
    server.host = host;
    if (!port.empty()) {
        int value = 0;
        auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
        if (ec != std::errc() || end != port.data() + port.size() || value < 1 || value > 65535)
            return InputError{"--nameserver", 0, 0, "invalid port \"" + port + "\""};
        server.port = static_cast<std::uint16_t>(value);
    }
    return server;
}

Result<std::shared_ptr<LiveResolver>> LiveResolver::create(LiveResolverOptions options) {
    if (options.servers.empty())
        options.servers = systemNameServers();
    if (options.servers.empty())
        return InputError{"/etc/resolv.conf", 0, 0, "no name servers configured: pass --nameserver or --offline"};
    if (options.timeoutMs < 1)
        return InputError{"--timeout", 0, 0, "the timeout must be at least 1 ms"};
    options.attempts = std::max(1, options.attempts);
    return std::shared_ptr<LiveResolver>(new LiveResolver(std::move(options)));
}

LiveResolver::LiveResolver(LiveResolverOptions options) : m_options(std::move(options)) {}

Answer LiveResolver::query(std::string_view name, RecordType type) {
    // One deadline for the whole question, CNAME hops included: a chain of slow servers cannot
    // multiply the budget.
    const Deadline deadline = Deadline::after(std::chrono::milliseconds(m_options.timeoutMs)).earliest(runDeadline());
    return followCnames(name, type, [this, &deadline](const std::string& current, RecordType t) {
        return querySingle(current, t, deadline);
    });
}

void LiveResolver::setRunDeadline(std::chrono::steady_clock::time_point deadline) {
    m_runDeadline.store(deadline.time_since_epoch().count());
}

Deadline LiveResolver::runDeadline() const {
    using Clock = std::chrono::steady_clock;
    return Deadline(Clock::time_point(Clock::duration(m_runDeadline.load())));
}

bool LiveResolver::runDeadlinePassed() const {
    return runDeadline().expired();
}

Answer LiveResolver::querySingle(const std::string& name, RecordType type, const Deadline& deadline) {
    if (runDeadlinePassed())
        return temporaryFailure(name, type, "not asked: the deadline for the whole run ran out", "live");
    if (deadline.expired())
        return temporaryFailure(name, type,
                                "not asked: the " + std::to_string(m_options.timeoutMs) +
                                    " ms timeout ran out on the way (CNAME hops share it)",
                                "live");
    ++m_queries;
    std::string lastError = "no answer";
    std::string source = "live";
    int dropped = 0;
    bool overTcp = false;
    for (int attempt = 0; attempt < m_options.attempts && !deadline.expired(); ++attempt) {
        const auto& server = m_options.servers[attempt % m_options.servers.size()];
        source = "live:" + server.host + ":" + std::to_string(server.port);
        // A new ID (and socket, so source port) per attempt: a late reply to an earlier one is not taken.
        auto query = makeQuery(name, type);
        if (!query)
            return temporaryFailure(name, type, query.error().message, source);
        // The attempts left share the time left; TCP after a truncated answer may use all of it.
        const auto share = deadline.remaining() / (m_options.attempts - attempt);
        const Deadline udpDeadline = Deadline::after(share).earliest(deadline);
        std::optional<Answer> answer;
        auto result =
            exchange(server, query->wire, udpDeadline, deadline, [&](std::span<const std::uint8_t> bytes, bool viaTcp) {
                auto reading = readReply(bytes, *query, source);
                if (reading.verdict != ReplyVerdict::Accepted)
                    return Take::Drop;
                if (reading.truncated && !viaTcp)
                    return Take::RetryOverTcp;
                answer = std::move(reading.answer);
                return Take::Keep;
            });
        dropped += result.dropped;
        overTcp = overTcp || result.overTcp;
        if (answer)
            return *answer;
        lastError = result.error;
    }
    std::string error;
    if (deadline.expired()) {
        const bool byRun = runDeadlinePassed();
        error = byRun ? "no answer before the deadline for the whole run ran out"
                      : "timed out after " + std::to_string(m_options.timeoutMs) + " ms";
        error += ": " + lastError + (overTcp ? " after a truncated UDP answer" : "");
    } else {
        error = lastError;
    }
    if (dropped > 0)
        error += "; " + std::to_string(dropped) + (dropped == 1 ? " reply" : " replies") +
                 " that did not match the query dropped";
    return temporaryFailure(name, type, error, source);
}

ReplyReading readReply(std::span<const std::uint8_t> reply, const DnsQuery& query, const std::string& source) {
    ReplyReading reading;
    const ReplyCheck check = checkReply(reply, query);
    reading.verdict = check.verdict;
    reading.truncated = check.truncated;
    if (check.verdict != ReplyVerdict::Accepted || check.truncated)
        return reading;
    ldns_pkt* raw = nullptr;
    if (ldns_wire2pkt(&raw, reply.data(), reply.size()) != LDNS_STATUS_OK || !raw) {
        ldns_pkt_free(raw);
        reading.verdict = ReplyVerdict::Malformed;
        return reading;
    }
    std::unique_ptr<ldns_pkt, PacketDeleter> packet(raw);
    std::string name = query.name;
    if (!name.empty() && name.back() == '.')
        name.pop_back();
    reading.answer = answerFromPacket(packet.get(), name, query.type, source);
    return reading;
}

} // namespace dmarcplan::dns
