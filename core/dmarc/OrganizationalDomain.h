#pragma once
// The Organizational Domain of a domain, two ways:
//  - Psl: the registrable domain by the Public Suffix List (libpsl with the system list), as RFC 7489
//    §3.2 describes and most receivers still do;
//  - TreeWalk: the RFC 9989 §4.10 DNS Tree Walk over _dmarc records (at most 8 queries, psd= tag).
// They can disagree (a psd=n record below the registrable domain, a private-section suffix that
// publishes no psd=y record, ...): compareOrganizationalDomains says when and why.

#include "core/common/Message.h"
#include "core/dmarc/RecordLookup.h"
#include "core/dns/Resolver.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dmarc {

enum class OrgDomainMethod { Psl, TreeWalk };

std::string_view toString(OrgDomainMethod method); // "psl", "treewalk"
std::optional<OrgDomainMethod> orgDomainMethodFromString(std::string_view text);

// --- Public Suffix List (no DNS) ---------------------------------------------------------------
// The registrable domain ("example.co.uk" for "a.example.co.uk"); a public suffix itself, or a name
// the list cannot place, is its own organizational domain. Thread-safe; the list is loaded once.
std::string pslOrganizationalDomain(std::string_view domain);
bool isPublicSuffix(std::string_view domain);
std::string publicSuffix(std::string_view domain); // "co.uk" for "a.example.co.uk"

// --- RFC 9989 DNS Tree Walk --------------------------------------------------------------------
// The names a walk asks for below and including `domain` (RFC 9989 §4.10 steps 3-7): the start
// (when includeStart), then from min(labels-1, 7) labels down to 1 label.
std::vector<std::string> treeWalkTargets(std::string_view domain, bool includeStart);

struct TreeWalk {
    std::string start;
    std::vector<RecordLookup> lookups; // in the order asked, longest name first
    bool tempError = false;
    std::string errorName; // the name whose query failed temporarily
    std::string error;
    // RFC 9989 §4.10.2 selection: psd=n, else one label below a psd=y, else the fewest labels,
    // else the start itself.
    std::string organizationalDomain;
    std::string psdDomain; // where a psd=y record stopped the walk (empty if none)

    const RecordLookup* recordFor(std::string_view domain) const; // a found record at that domain
};

TreeWalk treeWalk(std::string_view domain, dns::Resolver& resolver, bool includeStart = true);

// --- Either way --------------------------------------------------------------------------------
struct OrgDomainResult {
    std::string domain;
    bool tempError = false; // only the tree walk can fail
    std::string error;
};

OrgDomainResult organizationalDomain(std::string_view domain, OrgDomainMethod method, dns::Resolver& resolver);

struct OrgDomainComparison {
    std::string domain;
    std::string psl;
    std::string treeWalk;
    bool tempError = false;
    bool differs = false;
    Message explanation; // DMARC-ORG-SAME or DMARC-ORG-DIFFERS (context "Results")
};

OrgDomainComparison compareOrganizationalDomains(std::string_view domain, dns::Resolver& resolver);

} // namespace dmarcplan::dmarc
