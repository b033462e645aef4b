#include "ui/PlanAnalysis.h"

#include "core/check/ZoneLint.h"

namespace dmarcplan::ui {

PlanAnalysis analysePlan(const plan::Plan& plan, const plan::Catalogue& catalogue, const dns::ResolverOptions& options,
                         const std::string& sourceName) {
    PlanAnalysis out;
    // Nothing is written from the GUI's live analysis: keys without a public key stay pending (the
    // generator says so with PLAN-KEY-MISSING) until the user generates them on purpose.
    auto ws = workspace::Workspace::open(options, workspace::PlanInput{plan, catalogue, sourceName});
    if (!ws) {
        out.error = QString::fromStdString(ws.error().describe());
        return out;
    }
    // The plan's records are linted as the zone they would become (as `dmarcplan lint --plan`), in
    // the DNS as it would be after publishing them; the zone files' own records are not the plan's.
    auto report = check::lintZones({*ws->planZone()}, *ws->published());
    for (auto finding : ws->planFindings()) {
        finding.location.file.clear(); // the views show findings against the plan being edited
        out.findings.push_back(std::move(finding));
    }
    for (auto& finding : report.findings) {
        finding.location.line = 0; // a line of the generated text means nothing in the plan
        finding.location.file.clear();
        out.findings.push_back(std::move(finding));
    }
    out.generated = *ws->generated();
    out.zone = ws->publishedZones();
    out.workspace = std::make_shared<const workspace::Workspace>(std::move(*ws));
    return out;
}

namespace {
std::string param(const Finding& finding, const char* key) {
    const auto it = finding.params.find(key);
    return it == finding.params.end() ? std::string() : it->second;
}
} // namespace

QString planFieldFor(const Finding& finding, const plan::GeneratedPlan& generated, const plan::Plan& plan) {
    for (const auto& record : generated.records)
        if ((!finding.record.empty() && record.value == finding.record) ||
            (!param(finding, "name").empty() && record.name == param(finding, "name")))
            return QString::fromStdString(record.source);
    if (const std::string selector = param(finding, "selector"); !selector.empty())
        for (std::size_t i = 0; i < plan.dkim.size(); ++i)
            if (plan.dkim[i].selector == selector)
                return QStringLiteral("dkim[%1]").arg(i);
    if (const std::string provider = param(finding, "provider"); !provider.empty())
        for (std::size_t i = 0; i < plan.sources.size(); ++i)
            if (plan.sources[i].provider == provider)
                return QStringLiteral("sources[%1]").arg(i);
    const std::string& code = finding.code;
    if (code.rfind("SPF-", 0) == 0 || code == "PLAN-NO-SENDERS")
        return QStringLiteral("sources");
    if (code.rfind("DKIM-", 0) == 0)
        return QStringLiteral("dkim");
    if (code.rfind("DMARC-", 0) == 0)
        return QStringLiteral("dmarc");
    return QStringLiteral("domain");
}

} // namespace dmarcplan::ui
