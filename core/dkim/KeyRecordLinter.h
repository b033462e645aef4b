#pragma once
// Lint of DKIM key records (RFC 6376 §3.6.1, RFC 8301, RFC 8463), given as text or looked up at
// <selector>._domainkey.<domain> through the DNS layer. Findings share the SPF shape (code,
// severity, params, span in the record, fix in the catalogue).

#include "core/common/Finding.h"
#include "core/dns/Resolver.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dkim {

struct KeyInfo {
    std::string algorithm; // "rsa" or "ed25519"
    int bits = 0;          // RSA modulus size; 256 for Ed25519
};

struct KeyRecordLint {
    std::string name;                    // the owner name looked up ("" for a record given as text)
    std::vector<std::string> records;    // every TXT record found there (strings joined)
    std::vector<std::string> cnameChain; // CNAMEs followed on the way (delegation to a provider)
    Findings findings;
    std::optional<KeyInfo> key; // of the first record that holds a usable key
};

nlohmann::json toJson(const KeyRecordLint& lint); // {name, records, cname_chain, findings, key}

class KeyRecordLinter {
public:
    // `strings`: the record's character-strings as published, when known (checked against 255).
    static KeyRecordLint lintRecord(std::string_view record, const std::vector<std::string>& strings = {});
    static KeyRecordLint lintSelector(dns::Resolver& resolver, std::string_view selector, std::string_view domain);
};

} // namespace dmarcplan::dkim
