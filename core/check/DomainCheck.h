#pragma once
// `dmarcplan check DOMAIN`: what a domain publishes today. SPF with its lookup tree and lint, DMARC
// by both discovery methods with report authorisation, DKIM keys for given selectors (or a probe of
// common selector names), and MX. Every question of one step is asked at once through the
// ParallelResolver; the linters then read the answers from the shared cache.

#include "core/check/SpfTree.h"
#include "core/common/Finding.h"
#include "core/dns/ParallelResolver.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::check {

struct CheckOptions {
    std::vector<std::string> selectors; // empty: probe kProbeSelectors and report the ones that exist
};

// Selector names probed when none are given: the fixed names of the catalogue's providers and the
// generic names that signing software uses by default. Documented in the README ("check").
const std::vector<std::string>& probeSelectors();

struct DkimResult {
    std::string selector;
    std::string name;        // <selector>._domainkey.<domain>
    bool found = false;      // a record exists there (TXT, possibly through a CNAME)
    std::string lookupError; // the lookup failed (temperror: timeout, SERVFAIL...): whether a key exists is unknown
    std::vector<std::string> records;
    std::vector<std::string> cnameChain;
    std::optional<std::string> keyAlgorithm;
    int keyBits = 0;
};

struct MxResult {
    dns::Status status = dns::Status::NxDomain;
    std::vector<std::pair<int, std::string>> exchanges; // preference, host
};

// Which DMARC record applies to the domain, by one discovery method.
struct DmarcView {
    std::string method; // "psl" (RFC 7489 §6.6.3) or "treewalk" (RFC 9989 §4.10)
    std::string status; // "found", "no_record", "temperror", "malformed"
    std::string organizationalDomain;
    std::string recordDomain; // where the applied record is published (without _dmarc.)
    std::string record;       // its text
    std::string tag;          // "p", "sp" or "np": whose value applies to the domain
    std::string policy;       // "none", "quarantine", "reject"
    bool fromPsd = false;
};

struct DomainReport {
    std::string domain;
    SpfTree spfTree;    // how the lookups were batched (rounds, depth)
    nlohmann::json spf; // the SPF linter's report: record, lookup tree, counts
    std::vector<DmarcView> dmarc;
    bool dmarcMethodsDiffer = false;
    std::vector<std::string> dmarcRecords; // at _dmarc.<domain> itself
    std::vector<DkimResult> dkim;
    bool probedSelectors = false;
    MxResult mx;
    Findings findings;
    bool dnsFailure = false; // a temporary DNS failure kept part of the answer from being known
};

DomainReport checkDomain(std::string_view domain, dns::ParallelResolver& pool, const CheckOptions& options);

nlohmann::json toJson(const DomainReport& report);

} // namespace dmarcplan::check
