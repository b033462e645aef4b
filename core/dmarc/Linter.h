#pragma once
// DMARC lint: the record's syntax and values, where the domain stands on the rollout path
// (none -> quarantine -> reject), reporting destinations (checked through DNS: MX, and the RFC 9990
// authorisation record of external destinations), and what else is published around _dmarc.

#include "core/common/Finding.h"
#include "core/dns/Resolver.h"

#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dmarc {

// Lints record text as it is (or would be) published at _dmarc.<domain>. With a resolver, the checks
// that need DNS run too; without one (nullptr) only the text is judged.
Findings lintRecord(std::string_view text, std::string_view domain, dns::Resolver* resolver);

struct DomainLint {
    std::string domain;
    std::vector<std::string> records; // the DMARC records at _dmarc.<domain>
    Findings findings;
    bool tempError = false; // a DNS failure prevented part of the lint
};

// Fetches _dmarc.<domain> and lints what is there: the record(s), other TXT records at _dmarc, a
// record at the apex instead, the inherited policy, and PSL/tree-walk disagreements.
DomainLint lintDomain(std::string_view domain, dns::Resolver& resolver);

} // namespace dmarcplan::dmarc
