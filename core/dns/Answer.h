#pragma once
// What a DNS question got back. The distinction between NXDOMAIN, NODATA and temporary failure is
// kept exact because SPF's void-lookup limit (RFC 7208 §4.6.4) and temperror depend on it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dns {

enum class RecordType : std::uint16_t { A = 1, NS = 2, CNAME = 5, SOA = 6, PTR = 12, MX = 15, TXT = 16, AAAA = 28, SPF = 99 };

std::string_view toString(RecordType type);
std::optional<RecordType> recordTypeFromString(std::string_view text); // case-insensitive

enum class Status {
    Records,   // one or more records of the asked type
    NxDomain,  // the name does not exist
    NoData,    // the name exists, no records of this type
    TempError, // timeout, SERVFAIL, REFUSED, network error: try again later
};

std::string_view toString(Status status); // "records", "nxdomain", "nodata", "temperror"

struct Record {
    std::string name; // owner name, normalised (lower case, no trailing dot)
    RecordType type = RecordType::A;
    std::uint32_t ttl = 0;
    // A/AAAA: the address in text form; MX: the exchange; PTR/CNAME/NS: the target name;
    // TXT/SPF: the character-strings joined (see joinTxtStrings, the one place that joins them).
    std::string value;
    std::uint16_t preference = 0;     // MX only
    std::vector<std::string> strings; // TXT/SPF only: the character-strings as published (for lint)

    static Record makeTxt(std::string name, std::vector<std::string> strings, std::uint32_t ttl,
                          RecordType type = RecordType::TXT);
};

// RFC 7208 §3.3 / RFC 6376 §3.6.2.2 / RFC 7489 §6.1: several strings of one TXT record are
// concatenated without anything in between.
std::string joinTxtStrings(const std::vector<std::string>& strings);

struct Answer {
    std::string name; // the question's name, normalised
    RecordType type = RecordType::A;
    Status status = Status::NxDomain;
    std::vector<Record> records;          // of the asked type, after following CNAMEs
    std::vector<std::string> cnameChain;  // names the CNAMEs went through (empty if none)
    std::uint32_t negativeTtl = 0;        // for NXDOMAIN/NODATA: SOA minimum, used by the cache
    std::string error;                    // for TempError: what went wrong, in plain words
    std::string source;                   // "zone:FILE", "live:SERVER", "offline", "memory" (for traces)

    bool ok() const { return status == Status::Records; }
    // The value of each record (TXT: joined strings), in answer order.
    std::vector<std::string> values() const;
    std::uint32_t minTtl() const;
};

} // namespace dmarcplan::dns
