#include "app/cli/DmarcGenerateCommand.h"

#include "core/dmarc/Generator.h"

#include <ostream>

namespace dmarcplan::cli {

namespace {

int usage(Context& context, const std::string& message) {
    context.err << "dmarcplan: " << message << '\n';
    return kExitUsage;
}

const std::vector<std::string> kPolicies = {"none", "quarantine", "reject"};

} // namespace

void DmarcGenerateCommand::configure(CLI::App& app) {
    app.add_option("--domain", m_domain, "The domain the policy is for")->required();
    app.add_option("--policy", m_policy, "Rollout stage p=: none (monitor), quarantine, reject")
        ->check(CLI::IsMember(kPolicies, CLI::ignore_case));
    app.add_option("--subdomain-policy", m_sp, "sp=: policy for existing subdomains")
        ->check(CLI::IsMember(kPolicies, CLI::ignore_case));
    app.add_option("--nonexistent-policy", m_np, "np=: policy for subdomains that do not exist")
        ->check(CLI::IsMember(kPolicies, CLI::ignore_case));
    app.add_flag("--testing", m_testing, "t=y: receivers apply one step less than the policy");
    app.add_option("--adkim", m_adkim, "DKIM alignment: r (relaxed) or s (strict)")->check(CLI::IsMember({"r", "s"}));
    app.add_option("--aspf", m_aspf, "SPF alignment: r (relaxed) or s (strict)")->check(CLI::IsMember({"r", "s"}));
    app.add_option("--rua", m_rua, "Aggregate report address (repeatable)");
    app.add_option("--ruf", m_ruf, "Failure report address (repeatable)");
    app.add_option("--fo", m_fo, "Failure report options, e.g. 1 or 0:d:s");
    app.add_option("--psd", m_psd, "psd=y (a public suffix domain) or psd=n (an organizational domain)")
        ->check(CLI::IsMember({"y", "n"}));
    addFormatOption(app, m_format, {OutputFormat::Text, OutputFormat::Json, OutputFormat::Zone});
}

int DmarcGenerateCommand::execute(Context& context) {
    dmarc::PolicyDescription d;
    d.domain = m_domain;
    d.policy = *dmarc::policyFromString(m_policy);
    if (!m_sp.empty())
        d.subdomainPolicy = dmarc::policyFromString(m_sp);
    if (!m_np.empty())
        d.nonExistentPolicy = dmarc::policyFromString(m_np);
    d.testing = m_testing;
    d.adkim = m_adkim == "s" ? dmarc::AlignmentMode::Strict : dmarc::AlignmentMode::Relaxed;
    d.aspf = m_aspf == "s" ? dmarc::AlignmentMode::Strict : dmarc::AlignmentMode::Relaxed;
    d.aggregateReports = m_rua;
    d.failureReports = m_ruf;
    d.failureOptions = m_fo;
    if (!m_psd.empty())
        d.psd = m_psd == "y" ? dmarc::PsdFlag::Yes : dmarc::PsdFlag::No;
    auto generated = dmarc::generatePolicy(d);
    if (!generated)
        return usage(context, "--" + generated.error().describe());

    if (m_format == OutputFormat::Json) {
        auto auths = nlohmann::json::array();
        for (const auto& a : generated->authorizations)
            auths.push_back({{"name", a.name}, {"value", a.value}});
        printJson(context.out, {{"name", generated->record.name},
                                {"value", generated->record.value},
                                {"authorizations", auths},
                                {"findings", toJson(generated->findings)}});
    } else if (m_format == OutputFormat::Zone) {
        context.out << generated->record.zoneLine() << '\n';
        for (const auto& a : generated->authorizations)
            context.out << "; in the zone of the report destination:\n" << a.zoneLine() << '\n';
    } else {
        context.out << generated->record.zoneLine() << '\n';
        if (!generated->authorizations.empty())
            context.out << "\nPublish in each report destination's zone (external reports are sent only then):\n";
        for (const auto& a : generated->authorizations)
            context.out << a.zoneLine() << '\n';
        context.out << '\n';
        printFindingsText(context.out, generated->findings, context.outIsTerminal);
    }
    return kExitSuccess;
}

} // namespace dmarcplan::cli
