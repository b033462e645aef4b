#pragma once
// Static checks of an SPF record and of what it includes: syntax, policy, the DNS-lookup budget as a
// tree (per branch, worst case and along evaluation order), void lookups, loops, netblocks, sizes.
// Every finding is a catalogue code with severity, span in the record and a suggested fix.

#include "core/common/Finding.h"
#include "core/dns/Resolver.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::spf {

// One term that costs DNS lookups (RFC 7208 §4.6.4), with what it leads to.
struct LookupNode {
    std::string term;        // as written ("include:_spf.example.com"); the root holds the checked domain
    std::string target;      // the domain it looks up ("" when it has macros)
    Span span;               // of the top-level term this branch hangs from (the root: the whole record)
    int lookups = 0;         // this term's own count: 1 for include/a/mx/ptr/exists/redirect, 0 for the root
    int worstCase = 0;       // lookups of this branch when every term is evaluated (after all, redirect too)
    int evaluationOrder = 0; // lookups of this branch as a receiver evaluates it for a non-matching sender
    int cumulative = 0;      // running evaluation-order count when this term is evaluated (0: never evaluated)
    bool evaluated = true;   // false for terms a receiver never reaches (after all; redirect beside all)
    std::string status;      // ok, macro, nxdomain, no-record, invalid, loop, temperror, no-domain
    std::string record;      // the SPF record of an include/redirect target
    std::vector<LookupNode> children;
};

struct LintReport {
    std::string domain;
    std::string record;
    Findings findings;
    LookupNode tree;
    int worstCase = 0;
    int evaluationOrder = 0;
    int voidLookups = 0;
};

// Lints a record text. `domain` (may be empty) is where it is published: a/mx without a target and
// the parked-domain check need it. `resolver` answers the include/a/mx questions.
LintReport analyzeRecord(std::string_view record, std::string_view domain, dns::Resolver& resolver);
// The same for a record given as its TXT character-strings (string lengths are checked too).
LintReport analyzeRecordStrings(const std::vector<std::string>& strings, std::string_view domain,
                                dns::Resolver& resolver);
// Looks the domain's SPF record up and lints it (no record, several records, the SPF RR type, spf2.0).
LintReport analyzeDomain(std::string_view domain, dns::Resolver& resolver);

Findings lintRecord(std::string_view record, std::string_view domain, dns::Resolver& resolver);
Findings lintDomain(std::string_view domain, dns::Resolver& resolver);

// `"v=spf1 ..." "more"` (zone-file quoting) -> the strings; text without quotes -> one string.
std::vector<std::string> splitQuotedStrings(std::string_view text);

// {domain, record, findings, lookup_tree, dns_lookups:{worst_case, evaluation_order}, void_lookups}
nlohmann::json toJson(const LintReport& report);
nlohmann::json toJson(const LookupNode& node);

} // namespace dmarcplan::spf
