#pragma once
// Builds a DMARC record from a description of the policy a domain owner wants, and the RFC 9990
// authorisation records that external report destinations have to publish.

#include "core/common/Finding.h"
#include "core/common/Result.h"
#include "core/dmarc/Record.h"

#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::dmarc {

struct PolicyDescription {
    std::string domain;
    Policy policy = Policy::None;            // the rollout stage: none (monitor), quarantine, reject
    std::optional<Policy> subdomainPolicy;   // sp= (omitted: subdomains follow p)
    std::optional<Policy> nonExistentPolicy; // np=
    bool testing = false;                    // t=y
    AlignmentMode adkim = AlignmentMode::Relaxed;
    AlignmentMode aspf = AlignmentMode::Relaxed;
    std::vector<std::string> aggregateReports; // rua: "name@domain" or "mailto:name@domain"
    std::vector<std::string> failureReports;   // ruf
    std::string failureOptions;                // fo, e.g. "1" or "d:s" (empty: omitted)
    std::optional<PsdFlag> psd;                // psd=y / psd=n (omitted: u)
};

struct TxtRecord {
    std::string name;             // owner name, no trailing dot
    std::string value;            // the TXT content
    std::string zoneLine() const; // "name. 3600 IN TXT \"value\"" (split in 255-byte strings)
};

struct GeneratedPolicy {
    TxtRecord record;
    // <domain>._report._dmarc.<destination> for every report destination outside the domain's
    // organizational domain: publish them in the destinations' zones (those you control).
    std::vector<TxtRecord> authorizations;
    Findings findings; // the generated record linted without DNS (rollout advice and the like)
};

// An unusable description (bad domain, address or fo) is an InputError naming the field.
Result<GeneratedPolicy> generatePolicy(const PolicyDescription& description);

} // namespace dmarcplan::dmarc
