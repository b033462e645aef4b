#pragma once
// DNS messages on the wire for the live client: the query we send, and the check that a reply is the
// answer to it. ldns builds and parses the bytes; the rules for accepting a reply are ours.

#include "core/common/Result.h"
#include "core/dns/Answer.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dns {

struct DnsQuery {
    std::uint16_t id = 0;
    std::string name; // the name asked for, absolute (with the trailing dot), as given
    std::string qname; // the question's name in wire form (parseName: escapes decoded, lower case)
    RecordType type = RecordType::A;
    std::vector<std::uint8_t> wire; // the message (over TCP it goes behind a two-byte length)
};

// A recursive (RD) query for name/type in class IN with EDNS0 (UDP size 1232) and an ID from OpenSSL's
// RAND_bytes, so an off-path attacker has to guess it (RFC 5452 §9.1). An error when the name is not a
// valid DNS name (a label over 63 octets, the whole over 255) or no random bytes could be had.
Result<DnsQuery> makeQuery(std::string_view name, RecordType type);

// Why a reply was not taken as the answer to a query.
enum class ReplyVerdict {
    Accepted,
    Malformed,     // not a DNS message ldns can read
    NotAResponse,  // QR=0, or an opcode other than QUERY
    WrongId,       // another query's ID
    WrongQuestion, // another name, type or class, or not exactly one question
};

std::string_view toString(ReplyVerdict verdict); // "accepted", "wrong ID", ...

struct ReplyCheck {
    ReplyVerdict verdict = ReplyVerdict::Malformed;
    bool truncated = false; // TC=1: the answer is to be asked again over TCP (RFC 1035 §4.2.1, RFC 7766 §5)
};

// RFC 5452 §9.1 / RFC 1035 §7.3: a reply is the answer only when its ID, its question (name compared
// without regard to case, RFC 4343 §3; type; class) and QR=1 match the query. The source address and
// port are the transport's to check (it knows where the reply came from). Reads the header and the
// question only, so a truncated reply whose record counts no longer fit its bytes can still be checked.
ReplyCheck checkReply(std::span<const std::uint8_t> reply, const DnsQuery& query);

} // namespace dmarcplan::dns
