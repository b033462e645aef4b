#pragma once
// DMARC evaluation of one message (RFC 9989 §5.3): policy discovery for the From domain, SPF and
// DKIM identifier alignment, the result and the disposition the policy asks for.
//
// Fast on cached DNS (the simulator calls it many times per click): a handful of cached TXT/A
// lookups and small string work, no allocation-heavy structures.

#include "core/common/Message.h"
#include "core/dkim/Verifier.h"
#include "core/dmarc/OrganizationalDomain.h"
#include "core/dmarc/Record.h"
#include "core/dns/Resolver.h"
#include "core/spf/Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dmarc {

enum class DmarcResult { Pass, Fail, None, TempError, PermError };
std::string_view toString(DmarcResult result); // "pass", "fail", "none", "temperror", "permerror"

// The inverse of dkim::toString(VerifyResult), case-insensitive (command-line input).
std::optional<dkim::VerifyResult> parseDkimResult(std::string_view text);

enum class SpfIdentity { MailFrom, Helo };

// The method results are the SPF and DKIM engines' own types (spf::checkHost, dkim::Verifier).
struct SpfInput {
    spf::Result result = spf::Result::None;
    std::string domain; // the domain SPF checked: MAIL FROM's domain, or HELO's when MAIL FROM was <>
    SpfIdentity identity = SpfIdentity::MailFrom;
};

struct DkimInput {
    dkim::VerifyResult result = dkim::VerifyResult::None;
    std::string domain;    // d=
    std::string selector;  // s=
    std::string signature; // b= (optional; the first characters go into header.b)
};

struct EvaluationInput {
    std::string fromDomain;
    SpfInput spf;
    std::vector<DkimInput> dkim;
};

struct AppliedPolicy {
    std::string domain; // where the record is published (without _dmarc.)
    std::string record; // its text
    std::string tag;    // "p", "sp" or "np"
    Policy value = Policy::None;
    bool testing = false;   // t=y
    std::optional<int> pct; // legacy RFC 7489 pct, reported only
    AlignmentMode adkim = AlignmentMode::Relaxed;
    AlignmentMode aspf = AlignmentMode::Relaxed;
    bool fromPsd = false;
};

struct Evaluation {
    DmarcResult result = DmarcResult::None;
    bool spfAligned = false;
    bool dkimAligned = false;
    std::string spfAlignedDomain;  // the identifier that aligned (empty if none)
    std::string dkimAlignedDomain; // the first aligned passing d=
    std::string dkimAlignedSelector;
    std::optional<AppliedPolicy> policy; // absent when no record applies
    Policy disposition = Policy::None;   // what the receiver is asked to do with this message
    std::string fromDomain;
    std::string orgDomain; // of the From domain, by `method`
    OrgDomainMethod method = OrgDomainMethod::Psl;
    bool authorExists = true;
    Message explanation;          // the outcome in one sentence (context "Results")
    std::vector<Message> details; // identifier by identifier, then policy modifiers (context "Results")
};

class Evaluator {
public:
    explicit Evaluator(dns::Resolver& resolver, OrgDomainMethod method = OrgDomainMethod::Psl)
        : m_resolver(resolver), m_method(method) {}

    Evaluation evaluate(const EvaluationInput& input) const;

    // Identifier alignment (RFC 9989 §3.2.10, §4.10.2): strict = identical; relaxed = the same
    // organizational domain (so parent/child either way). tempError is set when a tree walk failed.
    bool aligned(std::string_view identifier, std::string_view author, AlignmentMode mode,
                 bool* tempError = nullptr) const;

private:
    dns::Resolver& m_resolver;
    OrgDomainMethod m_method;
};

} // namespace dmarcplan::dmarc
