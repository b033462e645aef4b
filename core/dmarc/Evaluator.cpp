#include "core/dmarc/Evaluator.h"

#include "core/common/DomainName.h"
#include "core/dmarc/PolicyDiscovery.h"

namespace dmarcplan::dmarc {

std::string_view toString(DmarcResult result) {
    switch (result) {
    case DmarcResult::Pass:
        return "pass";
    case DmarcResult::Fail:
        return "fail";
    case DmarcResult::None:
        return "none";
    case DmarcResult::TempError:
        return "temperror";
    case DmarcResult::PermError:
        return "permerror";
    }
    return "none";
}

std::optional<dkim::VerifyResult> parseDkimResult(std::string_view text) {
    using R = dkim::VerifyResult;
    for (auto result : {R::Pass, R::Fail, R::Neutral, R::TempError, R::PermError, R::None})
        if (equalsIgnoreCase(text, dkim::toString(result)))
            return result;
    return std::nullopt;
}

namespace {

std::string modeName(AlignmentMode mode) {
    return mode == AlignmentMode::Strict ? "strict" : "relaxed";
}

} // namespace

bool Evaluator::aligned(std::string_view identifier, std::string_view author, AlignmentMode mode,
                        bool* tempError) const {
    auto id = normalizeDomain(identifier);
    auto from = normalizeDomain(author);
    if (id.empty() || from.empty())
        return false;
    if (id == from)
        return true; // identical domains align in both modes (RFC 9989 §4.10.2, first bullet)
    if (mode == AlignmentMode::Strict)
        return false;
    auto idOrg = organizationalDomain(id, m_method, m_resolver);
    auto fromOrg = organizationalDomain(from, m_method, m_resolver);
    if (tempError && (idOrg.tempError || fromOrg.tempError))
        *tempError = true;
    return idOrg.domain == fromOrg.domain;
}

Evaluation Evaluator::evaluate(const EvaluationInput& input) const {
    Evaluation eval;
    eval.method = m_method;
    eval.fromDomain = normalizeDomain(input.fromDomain);
    if (!isValidDomainName(eval.fromDomain)) {
        eval.result = DmarcResult::PermError;
        eval.explanation = {"DMARC-EVAL-BAD-FROM", {{"from", input.fromDomain}}};
        return eval;
    }

    auto discovery = discoverPolicy(eval.fromDomain, m_resolver, m_method);
    eval.orgDomain = discovery.organizationalDomain;
    eval.authorExists = discovery.authorExists;
    if (discovery.status == DiscoveryStatus::TempError) {
        eval.result = DmarcResult::TempError;
        eval.explanation = {"DMARC-EVAL-TEMPERROR", {{"name", discovery.errorName}, {"error", discovery.error}}};
        return eval;
    }

    AlignmentMode aspf = AlignmentMode::Relaxed, adkim = AlignmentMode::Relaxed;
    if (discovery.record) {
        const auto& record = *discovery.record;
        aspf = record.aspf;
        adkim = record.adkim;
        eval.policy = AppliedPolicy{discovery.recordDomain, record.text, discovery.tag, discovery.policy,
                                    record.testing,         record.pct,  adkim,         aspf,
                                    discovery.fromPsd};
    }

    // The organizational domain of each identifier, by the same method, for the explanations.
    auto orgOf = [&](const std::string& domain) { return organizationalDomain(domain, m_method, m_resolver).domain; };
    bool walkFailed = false;

    // SPF (RFC 9989 §4.4.2): only a pass for the MAIL FROM identity can align.
    const auto& spf = input.spf;
    auto spfDomain = normalizeDomain(spf.domain);
    MessageParams spfParams{{"spf_domain", spfDomain},
                            {"from", eval.fromDomain},
                            {"mode", modeName(aspf)},
                            {"result", std::string(toString(spf.result))}};
    if (spfDomain.empty() && spf.result == spf::Result::None) {
        eval.details.push_back({"DMARC-SPF-NONE", spfParams});
    } else if (spf.result != spf::Result::Pass) {
        eval.details.push_back({"DMARC-SPF-NOT-PASS", spfParams});
    } else if (spf.identity == SpfIdentity::Helo) {
        eval.details.push_back({"DMARC-SPF-HELO-IGNORED", spfParams});
    } else if (aligned(spfDomain, eval.fromDomain, aspf, &walkFailed)) {
        eval.spfAligned = true;
        eval.spfAlignedDomain = spfDomain;
        eval.details.push_back({"DMARC-SPF-ALIGNED", spfParams});
    } else {
        if (aspf == AlignmentMode::Strict) {
            eval.details.push_back({"DMARC-SPF-NOT-ALIGNED-STRICT", spfParams});
        } else {
            spfParams["spf_org"] = orgOf(spfDomain);
            spfParams["from_org"] = eval.orgDomain;
            eval.details.push_back({"DMARC-SPF-NOT-ALIGNED", spfParams});
        }
    }

    // DKIM (RFC 9989 §4.4.1): any passing signature whose d= aligns.
    if (input.dkim.empty())
        eval.details.push_back({"DMARC-DKIM-NONE", {{"from", eval.fromDomain}}});
    for (const auto& sig : input.dkim) {
        auto d = normalizeDomain(sig.domain);
        MessageParams params{{"dkim_domain", d},
                             {"selector", sig.selector},
                             {"from", eval.fromDomain},
                             {"mode", modeName(adkim)},
                             {"result", std::string(toString(sig.result))}};
        if (sig.result != dkim::VerifyResult::Pass) {
            eval.details.push_back({"DMARC-DKIM-NOT-PASS", params});
        } else if (aligned(d, eval.fromDomain, adkim, &walkFailed)) {
            if (!eval.dkimAligned) {
                eval.dkimAligned = true;
                eval.dkimAlignedDomain = d;
                eval.dkimAlignedSelector = sig.selector;
            }
            eval.details.push_back({"DMARC-DKIM-ALIGNED", params});
        } else if (adkim == AlignmentMode::Strict) {
            eval.details.push_back({"DMARC-DKIM-NOT-ALIGNED-STRICT", params});
        } else {
            params["dkim_org"] = orgOf(d);
            params["from_org"] = eval.orgDomain;
            eval.details.push_back({"DMARC-DKIM-NOT-ALIGNED", params});
        }
    }

    MessageParams params{{"from", eval.fromDomain},
                         {"org_domain", eval.orgDomain},
                         {"spf_domain", eval.spfAlignedDomain},
                         {"dkim_domain", eval.dkimAlignedDomain}};
    if (discovery.status == DiscoveryStatus::NoRecord) {
        eval.result = DmarcResult::None;
        eval.explanation = {"DMARC-EVAL-NONE", params};
        return eval;
    }
    params["policy_domain"] = discovery.recordDomain;
    if (discovery.status == DiscoveryStatus::Malformed) {
        eval.result = DmarcResult::PermError;
        eval.explanation = {"DMARC-EVAL-PERMERROR", params};
        return eval;
    }
    if (eval.spfAligned || eval.dkimAligned) {
        eval.result = DmarcResult::Pass;
        eval.disposition = Policy::None;
        const char* code = eval.spfAligned && eval.dkimAligned ? "DMARC-EVAL-PASS-BOTH"
                           : eval.spfAligned                   ? "DMARC-EVAL-PASS-SPF"
                                                               : "DMARC-EVAL-PASS-DKIM";
        eval.explanation = {code, params};
        return eval;
    }
    if (walkFailed) {
        // An alignment walk failed temporarily: the message can neither pass nor fail (§5.3.6).
        eval.result = DmarcResult::TempError;
        eval.explanation = {"DMARC-EVAL-TEMPERROR", {{"name", eval.fromDomain}, {"error", "tree walk"}}};
        return eval;
    }

    eval.result = DmarcResult::Fail;
    const auto& policy = *eval.policy;
    eval.disposition = policy.value;
    params["tag"] = policy.tag;
    params["policy"] = std::string(toString(policy.value));
    if (!discovery.authorExists)
        eval.details.push_back({"DMARC-POLICY-NXDOMAIN", params});
    if (discovery.fromPsd)
        eval.details.push_back({"DMARC-POLICY-FROM-PSD", params});
    if (discovery.invalidPolicyFallback)
        eval.details.push_back({"DMARC-POLICY-INVALID-FALLBACK", params});
    // RFC 9989 §4.7 (t): t=y lowers the policy one step; it has no effect on none.
    if (policy.testing && policy.value != Policy::None) {
        eval.disposition = lowerOneStep(policy.value);
        eval.details.push_back(
            {"DMARC-POLICY-TESTING",
             {{"policy", params["policy"]}, {"disposition", std::string(toString(eval.disposition))}}});
    }
    if (policy.pct && *policy.pct < 100 && policy.value != Policy::None)
        eval.details.push_back({"DMARC-POLICY-PCT",
                                {{"pct", std::to_string(*policy.pct)},
                                 {"policy", std::string(toString(eval.disposition))},
                                 {"lower", std::string(toString(lowerOneStep(eval.disposition)))}}});
    params["disposition"] = std::string(toString(eval.disposition));
    eval.explanation = {"DMARC-EVAL-FAIL", params};
    return eval;
}

} // namespace dmarcplan::dmarc
