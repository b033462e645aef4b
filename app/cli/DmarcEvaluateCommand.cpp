#include "app/cli/DmarcEvaluateCommand.h"

#include "core/common/DomainName.h"
#include "core/dmarc/Evaluator.h"
#include "core/headers/AuthenticationResults.h"
#include "core/workspace/Workspace.h"

#include <ostream>

namespace dmarcplan::cli {

namespace {

int usage(Context& context, const std::string& message) {
    context.err << "dmarcplan: " << message << '\n';
    return kExitUsage;
}

} // namespace

void DmarcEvaluateCommand::configure(CLI::App& app) {
    app.add_option("--from", m_from, "The RFC5322.From domain (Author Domain)")->required();
    app.add_option("--mail-from", m_mailFrom, "The domain SPF checked (MAIL FROM), or an address");
    app.add_option("--spf", m_spf, "SPF result: pass, fail, softfail, neutral, none, temperror, permerror");
    app.add_option("--dkim", m_dkim, "A DKIM result RESULT:DOMAIN[:SELECTOR] (repeatable), e.g. pass:example.com:s1");
    app.add_option("--org-domain", m_orgDomain, "Organizational domain method: psl or treewalk")
        ->check(CLI::IsMember({"psl", "treewalk"}, CLI::ignore_case));
    app.add_option("--authserv-id", m_authservId, "Receiver name written into the Authentication-Results");
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format);
}

int DmarcEvaluateCommand::execute(Context& context) {
    dmarc::EvaluationInput input;
    input.fromDomain = m_from;
    auto spfResult = spf::parseResult(m_spf);
    if (!spfResult)
        return usage(context, "--spf: unknown SPF result \"" + m_spf + "\"");
    auto mailFrom = m_mailFrom.substr(m_mailFrom.rfind('@') == std::string::npos ? 0 : m_mailFrom.rfind('@') + 1);
    input.spf = {*spfResult, mailFrom, dmarc::SpfIdentity::MailFrom};
    for (const auto& text : m_dkim) {
        auto first = text.find(':');
        auto second = first == std::string::npos ? std::string::npos : text.find(':', first + 1);
        auto result = dmarc::parseDkimResult(text.substr(0, first));
        auto domain = first == std::string::npos ? "" : text.substr(first + 1, second - first - 1);
        if (!result || !isValidDomainName(domain))
            return usage(context, "--dkim: expected RESULT:DOMAIN[:SELECTOR], got \"" + text + "\"");
        input.dkim.push_back({*result, domain, second == std::string::npos ? "" : text.substr(second + 1), ""});
    }
    auto ws = workspace::Workspace::open(m_dns);
    if (!ws)
        return usage(context, ws.error().describe());
    auto method = *dmarc::orgDomainMethodFromString(m_orgDomain);
    auto evaluation = dmarc::Evaluator(*ws->current(), method).evaluate(input);
    auto header =
        headers::formatAuthenticationResults(headers::buildAuthenticationResults(m_authservId, input, evaluation));

    if (m_format == OutputFormat::Json) {
        nlohmann::json policy = nullptr;
        if (evaluation.policy)
            policy = {{"domain", evaluation.policy->domain},
                      {"record", evaluation.policy->record},
                      {"tag", evaluation.policy->tag},
                      {"value", dmarc::toString(evaluation.policy->value)},
                      {"testing", evaluation.policy->testing},
                      {"pct", evaluation.policy->pct ? nlohmann::json(*evaluation.policy->pct) : nlohmann::json()}};
        auto details = nlohmann::json::array();
        for (const auto& d : evaluation.details)
            details.push_back({{"code", d.code}, {"text", d.text()}, {"params", d.params}});
        printJson(context.out, {{"result", dmarc::toString(evaluation.result)},
                                {"spf_aligned", evaluation.spfAligned},
                                {"dkim_aligned", evaluation.dkimAligned},
                                {"spf_aligned_domain", evaluation.spfAlignedDomain},
                                {"dkim_aligned_domain", evaluation.dkimAlignedDomain},
                                {"policy", policy},
                                {"disposition", dmarc::toString(evaluation.disposition)},
                                {"org_domain", evaluation.orgDomain},
                                {"org_domain_method", dmarc::toString(method)},
                                {"explanation",
                                 {{"code", evaluation.explanation.code},
                                  {"text", evaluation.explanation.text()},
                                  {"params", evaluation.explanation.params}}},
                                {"details", details},
                                {"authentication_results", header}});
    } else {
        context.out << evaluation.explanation.text() << '\n';
        for (const auto& d : evaluation.details)
            context.out << "  - " << d.text() << '\n';
        context.out << "disposition: " << dmarc::toString(evaluation.disposition) << '\n'
                    << "organizational domain (" << dmarc::toString(method) << "): " << evaluation.orgDomain << '\n';
        if (evaluation.policy)
            context.out << "policy: _dmarc." << evaluation.policy->domain << " \"" << evaluation.policy->record
                        << "\" (" << evaluation.policy->tag << "=" << dmarc::toString(evaluation.policy->value)
                        << ")\n";
        context.out << '\n' << header << '\n';
    }
    switch (evaluation.result) {
    case dmarc::DmarcResult::Pass:
    case dmarc::DmarcResult::None:
        return kExitSuccess;
    case dmarc::DmarcResult::TempError:
        return kExitDnsFailure;
    case dmarc::DmarcResult::Fail:
    case dmarc::DmarcResult::PermError:
        return kExitFindings;
    }
    return kExitFindings;
}

} // namespace dmarcplan::cli
