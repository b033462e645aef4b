#include "core/simulate/Explanations.h"

namespace dmarcplan::simulate {

Message reasonFor(const Row& row, const dmarc::Evaluation& evaluation, const std::string& aspf,
                  const std::string& adkim) {
    const auto& e = row.evidence;
    MessageParams params = {
        {"from", e.fromDomain}, {"spf", row.spf}, {"spf_domain", e.spfDomain},     {"dkim", row.dkim},
        {"aspf", aspf},         {"adkim", adkim}, {"disposition", row.disposition}};
    switch (evaluation.result) {
    case dmarc::DmarcResult::Pass:
        params["dkim_domain"] = e.dkimAlignedDomain;
        params["spf_domain"] = e.spfDomain;
        if (row.spfAligned && row.dkimAligned)
            return {"SIM-REASON-PASS-BOTH", params};
        return {row.spfAligned ? "SIM-REASON-PASS-SPF" : "SIM-REASON-PASS-DKIM", params};
    case dmarc::DmarcResult::None:
        params["org_domain"] = evaluation.orgDomain;
        return {"SIM-REASON-NONE", params};
    case dmarc::DmarcResult::TempError:
        return {"SIM-REASON-TEMPERROR", params};
    case dmarc::DmarcResult::PermError:
        return {"SIM-REASON-PERMERROR", params};
    case dmarc::DmarcResult::Fail:
        break;
    }
    // Which signature tells the DKIM side of the story: a passing one that did not align, else the
    // From domain's own that failed, else none at all.
    const SignatureEvidence* passing = nullptr;
    const SignatureEvidence* broken = nullptr;
    for (const auto& s : e.signatures) {
        if (s.result == "pass" && !passing)
            passing = &s;
        if (s.result != "pass" && s.authorDomain && !broken)
            broken = &s;
    }
    std::string spfPart = row.spf == "pass" ? "SPF-UNALIGNED" : "SPF-NOT-PASS";
    std::string dkimPart = "NO-SIGNATURE";
    if (broken) {
        dkimPart = "DKIM-BROKEN";
        params["dkim_domain"] = broken->domain;
        params["dkim"] = broken->result;
        params["dkim_reason"] = broken->reason;
    } else if (passing) {
        dkimPart = "DKIM-UNALIGNED";
        params["dkim_domain"] = passing->domain;
    } else if (!e.signatures.empty()) {
        dkimPart = "DKIM-BROKEN";
        params["dkim_domain"] = e.signatures.front().domain;
        params["dkim"] = e.signatures.front().result;
        params["dkim_reason"] = e.signatures.front().reason;
    }
    return {"SIM-REASON-FAIL-" + spfPart + "-" + dkimPart, params};
}

std::optional<Message> recommendationFor(const Row& row, const ScenarioFacts& facts, const std::string& domain,
                                         const std::string& aspf, const std::string& adkim, bool spfRelaxedAligns) {
    const auto& e = row.evidence;
    MessageParams params = {{"from", e.fromDomain},
                            {"domain", domain},
                            {"ip", e.ip},
                            {"spf_domain", e.spfDomain},
                            {"disposition", row.disposition},
                            {"tag", e.policyTag},
                            {"policy", e.policyValue}};
    if (row.dmarc == "none")
        return Message{"SIM-REC-PUBLISH-DMARC", params};
    if (!row.legitimate) {
        if (row.dmarc == "pass")
            return Message{"SIM-REC-SPOOF-PASSES", params};
        if (row.dmarc == "fail")
            return Message{row.disposition == "none" ? "SIM-REC-RAISE-POLICY" : "SIM-REC-SPOOF-BLOCKED", params};
        return std::nullopt;
    }
    if (row.dmarc == "pass")
        return std::nullopt;
    if (row.dmarc == "temperror")
        return Message{"SIM-REC-RETRY-DNS", params};
    if (row.dmarc == "permerror")
        return Message{"SIM-REC-FIX-DMARC-RECORD", params};
    if (facts.listModifiedWithoutRewrite) {
        params["actor"] = facts.listActor;
        return Message{"SIM-REC-LIST-REWRITE-FROM", params};
    }
    if (facts.authorSignatureBroken && !facts.modifier.empty()) {
        params["actor"] = facts.modifier;
        return Message{"SIM-REC-SIGN-AFTER-CHANGES", params};
    }
    if (facts.forwarded && !facts.authorSignaturePresent)
        return Message{"SIM-REC-SIGN-OWN-DOMAIN", params};
    if (row.spf == "pass" && aspf == "s" && spfRelaxedAligns)
        return Message{"SIM-REC-RELAXED-SPF", params};
    if (facts.authorSignaturePassed && adkim == "s")
        return Message{"SIM-REC-RELAXED-DKIM", params};
    if (!facts.thirdPartySigner.empty() && !facts.authorSignaturePresent) {
        params["actor"] = facts.thirdPartySigner;
        return Message{"SIM-REC-PROVIDER-DKIM", params};
    }
    if (row.spf != "pass" && !facts.forwarded)
        return Message{"SIM-REC-AUTHORISE-SENDER", params};
    return Message{"SIM-REC-ALIGN", params};
}

} // namespace dmarcplan::simulate
