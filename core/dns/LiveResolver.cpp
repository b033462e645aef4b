#include "core/dns/LiveResolver.h"

#include "core/common/DomainName.h"
#include "core/dns/DnsName.h"
#include "core/dns/ZoneResolver.h"

#include <algorithm>
#include <arpa/inet.h>
#include <charconv>
#include <ldns/ldns.h>
#include <memory>

namespace dmarcplan::dns {

namespace {

constexpr std::uint16_t kEdnsUdpSize = 1232; // the DNS flag day 2020 size: no IP fragmentation

struct ResolverDeleter {
    void operator()(ldns_resolver* r) const { ldns_resolver_deep_free(r); }
};
struct PacketDeleter {
    void operator()(ldns_pkt* p) const { ldns_pkt_free(p); }
};
struct RdfDeleter {
    void operator()(ldns_rdf* r) const { ldns_rdf_deep_free(r); }
};

std::string rdfText(const ldns_rdf* rdf) {
    char* text = ldns_rdf2str(rdf);
    std::string out = text ? text : "";
    free(text);
    return out;
}

// Names from the wire become canonical text straight from their labels: ldns's text form escapes
// bytes (a space is "\032") that the question, written by SPF macro expansion, holds raw.
std::string rdfName(const ldns_rdf* rdf) {
    auto name = nameFromWire(ldns_rdf_data(rdf), ldns_rdf_size(rdf));
    return name ? *name : canonicalName(rdfText(rdf));
}

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
    Record record;
    record.name = rdfName(ldns_rr_owner(rr));
    record.ttl = ldns_rr_ttl(rr);
    record.type = static_cast<RecordType>(ldns_rr_get_type(rr));
    switch (record.type) {
    case RecordType::A:
    case RecordType::AAAA:
        record.value = rdfText(ldns_rr_rdf(rr, 0));
        return record;
    case RecordType::CNAME:
    case RecordType::PTR:
    case RecordType::NS:
        record.value = rdfName(ldns_rr_rdf(rr, 0));
        return record;
    case RecordType::MX:
        if (ldns_rr_rd_count(rr) < 2)
            return std::nullopt;
        record.preference = ldns_rdf2native_int16(ldns_rr_rdf(rr, 0));
        record.value = rdfName(ldns_rr_rdf(rr, 1));
        return record;
    case RecordType::TXT:
    case RecordType::SPF: {
        std::vector<std::string> strings;
        for (std::size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
            const ldns_rdf* rdf = ldns_rr_rdf(rr, i);
            const auto* data = ldns_rdf_data(rdf);
            std::size_t size = ldns_rdf_size(rdf);
            if (size == 0)
                continue;
            strings.emplace_back(reinterpret_cast<const char*>(data + 1), std::min<std::size_t>(data[0], size - 1));
        }
        return Record::makeTxt(record.name, std::move(strings), record.ttl, record.type);
    }
    case RecordType::SOA:
        return std::nullopt;
    }
    return std::nullopt;
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
    return followCnames(name, type,
                        [this](const std::string& current, RecordType t) { return querySingle(current, t); });
}

Answer LiveResolver::querySingle(const std::string& name, RecordType type) {
    ++m_queries;
    const int perAttemptMs = std::max(1, m_options.timeoutMs / m_options.attempts);
    // The question is built from the name's labels (always absolute, so no search domain is added),
    // not from text ldns would split at a space.
    const auto parsed = parseName(name);
    std::unique_ptr<ldns_rdf, RdfDeleter> qname(
        parsed.ok() ? ldns_dname_new_frm_data(static_cast<std::uint16_t>(parsed.wire.size()), parsed.wire.data())
                    : nullptr);
    if (!qname)
        return temporaryFailure(name, type, "not a valid DNS name: " + parsed.error, "live");
    std::string lastError = "no answer";
    std::string source = "live";
    for (int attempt = 0; attempt < m_options.attempts; ++attempt) {
        const auto& server = m_options.servers[attempt % m_options.servers.size()];
        source = "live:" + server.host + ":" + std::to_string(server.port);
        std::unique_ptr<ldns_resolver, ResolverDeleter> resolver(ldns_resolver_new());
        const bool v6 = server.host.find(':') != std::string::npos;
        std::unique_ptr<ldns_rdf, RdfDeleter> address(
            ldns_rdf_new_frm_str(v6 ? LDNS_RDF_TYPE_AAAA : LDNS_RDF_TYPE_A, server.host.c_str()));
        if (!resolver || !address)
            return temporaryFailure(name, type, "cannot set up the resolver", source);
        ldns_resolver_push_nameserver(resolver.get(), address.get());
        ldns_resolver_set_port(resolver.get(), server.port);
        ldns_resolver_set_timeout(resolver.get(), timeval{perAttemptMs / 1000, (perAttemptMs % 1000) * 1000});
        ldns_resolver_set_retry(resolver.get(), 1);
        ldns_resolver_set_retrans(resolver.get(), 0);
        ldns_resolver_set_edns_udp_size(resolver.get(), kEdnsUdpSize);
        ldns_resolver_set_fallback(resolver.get(), true); // TCP when the UDP answer is truncated
        ldns_resolver_set_recursive(resolver.get(), true);
        ldns_resolver_set_dnssec(resolver.get(), false);
        ldns_pkt* raw = nullptr;
        ldns_status status = ldns_resolver_query_status(&raw, resolver.get(), qname.get(),
                                                        static_cast<ldns_rr_type>(type), LDNS_RR_CLASS_IN, LDNS_RD);
        std::unique_ptr<ldns_pkt, PacketDeleter> packet(raw);
        if (status != LDNS_STATUS_OK || !packet) {
            lastError = status == LDNS_STATUS_OK ? "no answer" : ldns_get_errorstr_by_id(status);
            continue;
        }
        return answerFromPacket(packet.get(), name, type, source);
    }
    return temporaryFailure(name, type, lastError, source);
}

} // namespace dmarcplan::dns
