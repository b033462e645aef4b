#pragma once
// The SPF lookup tree of a domain as `check` shows it: each record, the include:/redirect= records
// below it, and how many DNS-querying terms each contributes to the RFC 7208 §4.6.4 limit of 10.
// Built level by level: every name of one level (the records' include and redirect targets, and the
// names a/mx/exists will ask for) is asked at once through the ParallelResolver, so the walk costs
// one round trip per level of the tree, and an evaluator or linter walking the same records later
// finds every answer in the shared cache.

#include "core/dns/Answer.h"
#include "core/dns/ParallelResolver.h"

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
    int lookupTerms = 0;              // include, a, mx, ptr, exists and redirect in this record
    std::vector<SpfNode> children;
};

struct SpfTree {
    SpfNode root;
    int totalLookupTerms = 0; // over the whole tree (the §4.6.4 count for a message that walks it all)
    int depth = 0;            // levels below the root
    std::size_t rounds = 0;   // batches of parallel questions the walk took
};

SpfTree walkSpfTree(std::string_view domain, dns::ParallelResolver& pool);

nlohmann::json toJson(const SpfNode& node);
nlohmann::json toJson(const SpfTree& tree);

} // namespace dmarcplan::check
