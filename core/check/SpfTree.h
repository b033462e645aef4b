#pragma once
// The SPF lookup tree of a domain as `check` shows it: each record, the include:/redirect= records
// below it, and how many DNS-querying terms each contributes to the RFC 7208 §4.6.4 limit of 10.
// Built in rounds: every question the tree is known to need so far (the records' include and
// redirect targets, the names a/mx/exists ask for, the addresses of the MX hosts) is asked at once
// through the ParallelResolver, so the walk costs about one round trip per level of the tree, and the
// linter walking the same records afterwards finds every answer in the shared cache.
// The walk is bounded as core/spf/WalkLimits.h says (terms followed, include depth, MX names), in
// the linter's order, so a hostile tree (every include naming ten more) costs a bounded number of
// questions and the linter reports where it was cut (SPF-TREE-LIMIT, SPF-TREE-TOO-DEEP).

#include "core/dns/Answer.h"
#include "core/dns/ParallelResolver.h"
#include "core/spf/Linter.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace dmarcplan::check {

struct SpfNode {
    std::string domain;
    std::string via;                            // "" for the checked domain, "include" or "redirect"
    dns::Status status = dns::Status::NxDomain; // of the TXT query
    std::vector<std::string> records; // TXT values that are SPF records (v=spf1); more than one is a permerror
    bool syntaxError = false;         // the record did not parse (the linter says where)
    bool loop = false;                // the target is already an ancestor: not expanded again
    bool macro = false;               // the target holds macros: depends on the message, not expanded
    bool tooDeep = false;             // deeper than spf::limits::kWalkDepth: not asked
    int lookupTerms = 0;              // include, a, mx, ptr, exists and redirect in this record
    std::vector<SpfNode> children;
};

struct SpfTree {
    SpfNode root;
    int totalLookupTerms = 0;     // over the whole tree (the §4.6.4 count for a message that walks it all)
    int depth = 0;                // levels below the root
    std::size_t rounds = 0;       // batches of parallel questions the walk took
    std::size_t questions = 0;    // distinct questions it asked
    bool termCapReached = false;  // more than spf::limits::kWalkTerms DNS-querying terms: the rest not followed
    bool depthCapReached = false; // an include/redirect deeper than spf::limits::kWalkDepth was not followed
};

SpfTree walkSpfTree(std::string_view domain, dns::ParallelResolver& pool);
// The same walk from a record text (`spf lint --record`); `domain` (may be empty) is where it is
// published, for a/mx without a target.
SpfTree walkSpfRecord(std::string_view record, std::string_view domain, dns::ParallelResolver& pool);

// `spf lint`: the walk fills the shared cache in parallel, then the linter reads its answers from it
// (instead of asking each include and each mail host's addresses one after another).
spf::LintReport lintDomainInParallel(std::string_view domain, dns::ParallelResolver& pool);
spf::LintReport lintRecordInParallel(const std::vector<std::string>& strings, std::string_view domain,
                                     dns::ParallelResolver& pool);

nlohmann::json toJson(const SpfNode& node);
nlohmann::json toJson(const SpfTree& tree);

} // namespace dmarcplan::check
