#pragma once
// From a description of who sends mail for a domain to the shortest correct SPF record: addresses
// merged into the fewest ip4/ip6 terms, cheapest terms first (ip4/ip6 cost no DNS lookups, then a, mx,
// includes), split into TXT strings of at most 255 characters, with its DNS-lookup count. When the
// count would pass 10, a flattened variant copies the includes' addresses (found through DNS).

#include "core/common/Finding.h"
#include "core/common/Result.h"
#include "core/dns/Resolver.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::spf {

enum class FinalPolicy { Fail, SoftFail }; // -all, ~all

struct SenderDescription {
    std::string domain;                 // where the record is published (zone line; a/mx count)
    std::vector<std::string> addresses; // IPv4/IPv6 addresses or CIDR ranges ("192.0.2.0/24", "2001:db8::/48")
    bool mx = false;                    // the domain's MX hosts send
    bool a = false;                     // the domain's own A/AAAA hosts send
    std::vector<std::string> includes;  // providers' SPF domains (include:...)
    FinalPolicy policy = FinalPolicy::Fail;
    bool flatten = false; // produce the flattened variant even within the limit
};

struct GeneratedRecord {
    std::string text;
    std::vector<std::string> strings; // each at most 255 characters; joined they give `text`
    int dnsLookups = 0;               // along evaluation order, includes' own lookups counted through DNS
    bool lookupsComplete = true;      // false when an include could not be read (count is a lower bound)

    std::string zoneLine(std::uint32_t ttl = 3600) const; // needs the owner name: see generate()
    std::string owner;
};

struct Generation {
    GeneratedRecord record;
    std::optional<GeneratedRecord> flattened;
    std::vector<std::string> flattenedIncludes; // what the flattened variant copied
    std::vector<std::string> keptIncludes;      // includes that could not be flattened (macros, exists, ptr)
    Findings notes; // SPF-GENERATE-OVER-LIMIT, SPF-GENERATE-FLATTENED (refresh warning), ...
};

// Invalid addresses or domains are an InputError naming the bad value (source "--ip4", "--include"...).
dmarcplan::Result<Generation> generate(const SenderDescription& senders, dns::Resolver& resolver);

// Splits a record into character-strings of at most `limit`, preferring to cut after a space.
std::vector<std::string> splitIntoStrings(std::string_view record, std::size_t limit = 255);

// {record, strings, zone_line, dns_lookups, flattened:{...}|null, flattened_includes, notes}
nlohmann::json toJson(const Generation& generation);

} // namespace dmarcplan::spf
