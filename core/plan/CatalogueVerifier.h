#pragma once
// Checks the names the provider catalogue states against live DNS: every SPF include (the entry's,
// its regions', its return path's) must still publish an SPF record that stays within the
// 10-lookup limit of RFC 7208 §4.6.4 on its own, and every DKIM CNAME target and return-path CNAME
// target that does not depend on the account must still exist. Placeholders are filled from what
// the entry itself states ({selector} from its selectors, {region} from its regions); names that
// need account values are skipped, not guessed.

#include "core/dns/ParallelResolver.h"
#include "core/plan/Catalogue.h"

#include <string>
#include <vector>

namespace dmarcplan::plan {

struct CatalogueCheck {
    std::string provider; // catalogue id
    std::string fact; // "spf.include", "regions[eu].spf_include", "dkim.cname_target", "return_path.cname_target", ...
    std::string name; // the DNS name checked
    // ok, missing (NXDOMAIN), no-spf (no v=spf1 record), several-spf, over-limit, no-record
    // (the name exists but holds nothing of the expected kind), temperror
    std::string status;
    int lookups = 0; // SPF: what the include costs in the record that names it (1 + its own lookups)
    std::string detail;
    bool problem() const { return status != "ok"; }
};

// Asks the questions in parallel through `pool` (which should wrap the caching resolver, so the
// lookup counting that follows is answered from the cache).
std::vector<CatalogueCheck> verifyCatalogue(const Catalogue& catalogue, dns::ParallelResolver& pool);

} // namespace dmarcplan::plan
