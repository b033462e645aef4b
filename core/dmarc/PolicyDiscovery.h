#pragma once
// Which DMARC Policy Record, and which of its policy tags, applies to an Author (From) domain.
//  - TreeWalk (RFC 9989 §4.10.1): the Author Domain, else its Organizational Domain, else its PSD.
//  - Psl (RFC 7489 §6.6.3): the Author Domain, else its PSL Organizational Domain.
// p applies at the record's own domain; for a subdomain sp, or np when the subdomain does not exist
// (NXDOMAIN, RFC 9989 §3.2.13), falling back to sp and then p.

#include "core/common/Message.h"
#include "core/dmarc/OrganizationalDomain.h"
#include "core/dmarc/Record.h"
#include "core/dns/Resolver.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dmarc {

enum class DiscoveryStatus {
    Found,     // a record applies
    NoRecord,  // no record at the domain, its organizational domain or PSD: DMARC does not apply
    TempError, // a DNS query failed temporarily
    Malformed, // the applicable record has an invalid p/sp/np and no valid rua (§4.10.1): no DMARC
};

struct PolicyDiscovery {
    std::string authorDomain;
    OrgDomainMethod method = OrgDomainMethod::Psl;
    DiscoveryStatus status = DiscoveryStatus::NoRecord;
    std::string errorName; // TempError: the name whose query failed, and why
    std::string error;

    std::string organizationalDomain;   // of the author domain, by `method`
    std::string recordDomain;           // where the applied record is published (without _dmarc.)
    std::optional<Record> record;       // the applied record
    bool fromPsd = false;               // the record is a PSD's (psd=y)
    bool authorExists = true;           // false when the author domain is NXDOMAIN
    std::string tag;                    // "p", "sp" or "np": whose value applies
    Policy policy = Policy::None;       // the value applied (before t=y)
    bool invalidPolicyFallback = false; // invalid p/sp/np with a valid rua: acts as p=none
    std::vector<std::string> queried;   // names asked for, in order (for traces)
};

PolicyDiscovery discoverPolicy(std::string_view authorDomain, dns::Resolver& resolver, OrgDomainMethod method);

struct PolicyComparison {
    PolicyDiscovery psl;
    PolicyDiscovery treeWalk;
    bool differs = false; // a different record, tag or value applies
    Message explanation;  // DMARC-POLICY-SAME or DMARC-POLICY-DIFFERS (context "Results")
};

PolicyComparison comparePolicies(std::string_view authorDomain, dns::Resolver& resolver);

} // namespace dmarcplan::dmarc
