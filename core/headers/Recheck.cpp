#include "core/headers/Recheck.h"

namespace dmarcplan::headers {

namespace {

// What the receiver recorded for a method: the topmost Authentication-Results that has it, else
// Received-SPF for spf. For dkim, "pass" when any signature passed.
std::string recorded(const HeaderAnalysis& analysis, const std::string& method) {
    for (const auto& ar : analysis.authenticationResults) {
        std::string found;
        for (const auto& r : ar.results)
            if (r.method == method && (found.empty() || r.result == "pass"))
                found = r.result;
        if (!found.empty())
            return found;
    }
    if (method == "spf" && !analysis.receivedSpf.empty())
        return analysis.receivedSpf.front().result;
    return {};
}

void compare(Recheck& recheck, const HeaderAnalysis& analysis, const std::string& method, std::string today) {
    RecheckItem item{method, recorded(analysis, method), std::move(today), false, {}};
    item.differs = item.recorded != item.today;
    item.message = {item.differs ? "HEADERS-RECHECK-DIFFERS" : "HEADERS-RECHECK-SAME",
                    {{"method", method}, {"recorded", item.recorded.empty() ? "-" : item.recorded}, {"today", item.today}}};
    recheck.items.push_back(std::move(item));
}

} // namespace

Recheck recheckMessage(const HeaderAnalysis& analysis, dns::ResolverPtr resolver, dmarc::OrgDomainMethod method) {
    Recheck recheck;
    recheck.input.fromDomain = analysis.fromDomain;

    std::string sender = analysis.returnPath.value_or("");
    if (!analysis.returnPath)
        for (const auto& spf : analysis.receivedSpf) {
            auto from = spf.key("envelope-from");
            if (!from.empty() && from.front() == '<' && from.back() == '>')
                from = from.substr(1, from.size() - 2);
            sender = from;
        }
    if (analysis.clientIp.empty()) {
        recheck.notes.push_back({"HEADERS-RECHECK-NO-IP", {}});
    } else {
        spf::CheckRequest request;
        request.ip = analysis.clientIp;
        request.sender = sender;
        request.helo = analysis.helo;
        recheck.spf = spf::checkHost(*resolver, request);
        recheck.input.spf = {recheck.spf->result, recheck.spf->domain,
                             sender.empty() ? dmarc::SpfIdentity::Helo : dmarc::SpfIdentity::MailFrom};
        compare(recheck, analysis, "spf", std::string(spf::toString(recheck.spf->result)));
    }

    if (analysis.message) {
        dkim::Verifier verifier(resolver);
        recheck.dkim = verifier.verify(*analysis.message);
        for (const auto& check : recheck.dkim) {
            std::string signature;
            for (const auto& info : analysis.dkimSignatures)
                if (info.headerIndex == check.headerIndex)
                    signature = info.signature;
            recheck.input.dkim.push_back({check.result, check.domain, check.selector, signature});
        }
        compare(recheck, analysis, "dkim", std::string(dkim::toString(dkim::overallResult(recheck.dkim))));
    }

    recheck.dmarc = dmarc::Evaluator(*resolver, method).evaluate(recheck.input);
    compare(recheck, analysis, "dmarc", std::string(dmarc::toString(recheck.dmarc.result)));
    return recheck;
}

} // namespace dmarcplan::headers
