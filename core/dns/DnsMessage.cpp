#include "core/dns/DnsMessage.h"

#include "core/dns/DnsName.h"

#include <ldns/ldns.h>
#include <memory>
#include <openssl/rand.h>

namespace dmarcplan::dns {

namespace {

constexpr std::uint16_t kEdnsUdpSize = 1232; // the DNS flag day 2020 size: no IP fragmentation
constexpr std::size_t kHeaderSize = 12;      // RFC 1035 §4.1.1

struct PacketDeleter {
    void operator()(ldns_pkt* p) const { ldns_pkt_free(p); }
};
struct RdfDeleter {
    void operator()(ldns_rdf* r) const { ldns_rdf_deep_free(r); }
};

std::uint16_t readUint16(const std::uint8_t* data) {
    return static_cast<std::uint16_t>((data[0] << 8) | data[1]);
}

std::optional<std::uint16_t> randomId() {
    unsigned char bytes[2];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return std::nullopt; // no entropy: better no query than a guessable one
    return readUint16(bytes);
}

} // namespace

Result<DnsQuery> makeQuery(std::string_view name, RecordType type) {
    DnsQuery query;
    // Absolute: ldns would treat a relative name as relative to nothing we mean.
    query.name = std::string(name);
    if (query.name.empty() || query.name.back() != '.')
        query.name += '.';
    query.type = type;
    auto id = randomId();
    if (!id)
        return InputError{query.name, 0, 0, "no random bytes for the query ID (OpenSSL RAND_bytes failed)"};
    query.id = *id;
    // The question is built from the name's labels, not from text ldns would split at a space or
    // read escapes in a second time: any name RFC 1035 allows can be asked.
    const auto parsed = parseName(name);
    if (!parsed.ok())
        return InputError{query.name, 0, 0, "not a valid DNS name: " + parsed.error};
    query.qname = parsed.wire;
    ldns_rdf* qname = ldns_dname_new_frm_data(static_cast<std::uint16_t>(query.qname.size()), query.qname.data());
    if (!qname)
        return InputError{query.name, 0, 0, "not a valid DNS name"};
    // The packet owns qname from here on.
    std::unique_ptr<ldns_pkt, PacketDeleter> packet(
        ldns_pkt_query_new(qname, static_cast<ldns_rr_type>(type), LDNS_RR_CLASS_IN, LDNS_RD));
    if (!packet)
        return InputError{query.name, 0, 0, "cannot build the query"};
    ldns_pkt_set_id(packet.get(), query.id);
    ldns_pkt_set_edns_udp_size(packet.get(), kEdnsUdpSize);
    std::uint8_t* wire = nullptr;
    std::size_t size = 0;
    if (ldns_pkt2wire(&wire, packet.get(), &size) != LDNS_STATUS_OK || !wire) {
        free(wire);
        return InputError{query.name, 0, 0, "cannot build the query"};
    }
    query.wire.assign(wire, wire + size);
    free(wire);
    return query;
}

std::string_view toString(ReplyVerdict verdict) {
    switch (verdict) {
    case ReplyVerdict::Accepted:
        return "accepted";
    case ReplyVerdict::Malformed:
        return "malformed";
    case ReplyVerdict::NotAResponse:
        return "not a response";
    case ReplyVerdict::WrongId:
        return "wrong ID";
    case ReplyVerdict::WrongQuestion:
        return "wrong question";
    }
    return "malformed";
}

ReplyCheck checkReply(std::span<const std::uint8_t> reply, const DnsQuery& query) {
    ReplyCheck check;
    if (reply.size() < kHeaderSize)
        return check;
    const std::uint8_t* wire = reply.data();
    if (LDNS_ID_WIRE(wire) != query.id) {
        check.verdict = ReplyVerdict::WrongId;
        return check;
    }
    if (!LDNS_QR_WIRE(wire) || LDNS_OPCODE_WIRE(wire) != LDNS_PACKET_QUERY) {
        check.verdict = ReplyVerdict::NotAResponse;
        return check;
    }
    // RFC 1035 §7.3: "verify that the question section corresponds to the information currently desired".
    if (LDNS_QDCOUNT(wire) != 1) {
        check.verdict = ReplyVerdict::WrongQuestion;
        return check;
    }
    std::size_t position = kHeaderSize;
    ldns_rdf* raw = nullptr;
    if (ldns_wire2dname(&raw, wire, reply.size(), &position) != LDNS_STATUS_OK || !raw || position + 4 > reply.size()) {
        ldns_rdf_deep_free(raw);
        return check;
    }
    std::unique_ptr<ldns_rdf, RdfDeleter> replyName(raw);
    std::unique_ptr<ldns_rdf, RdfDeleter> queryName(
        ldns_dname_new_frm_data(static_cast<std::uint16_t>(query.qname.size()), query.qname.data()));
    const std::uint16_t type = readUint16(wire + position);
    const std::uint16_t klass = readUint16(wire + position + 2);
    // ldns_dname_compare folds case (RFC 4034 §6.1 canonical order), as RFC 4343 §3 asks.
    if (!queryName || ldns_dname_compare(replyName.get(), queryName.get()) != 0 ||
        type != static_cast<std::uint16_t>(query.type) || klass != LDNS_RR_CLASS_IN) {
        check.verdict = ReplyVerdict::WrongQuestion;
        return check;
    }
    check.verdict = ReplyVerdict::Accepted;
    check.truncated = LDNS_TC_WIRE(wire) != 0;
    return check;
}

} // namespace dmarcplan::dns
