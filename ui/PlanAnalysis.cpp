#include "ui/PlanAnalysis.h"

#include "core/check/ZoneLint.h"

#include <set>

namespace dmarcplan::ui {

PlanAnalysis analysePlan(const plan::Plan& plan, const plan::Catalogue& catalogue, const dns::ResolverOptions& options,
                         const std::string& sourceName) {
    PlanAnalysis out;
    // Nothing is written from the GUI's live analysis: keys without a public key stay pending (the
    // generator says so with PLAN-KEY-MISSING) until the user generates them on purpose.
    auto generated = plan::generateRecords(plan, catalogue);
    if (!generated) {
        out.error = QString::fromStdString(generated.error().describe());
        return out;
    }
    // Names outside the zones come from live DNS unless offline (the zone files are merged below).
    dns::ResolverPtr fallback;
    if (!options.offline) {
        dns::ResolverOptions live = options;
        live.zoneFiles.clear();
        auto stack = dns::makeResolver(live);
        if (!stack) {
            out.error = QString::fromStdString(stack.error().describe());
            return out;
        }
        fallback = stack->resolver;
    }
    // The plan's records are linted as the zone they would become (as `dmarcplan lint --plan`): in
    // place of the zone files' mail-authentication records at the same names.
    std::set<std::string> replaced;
    for (const auto& record : generated->records)
        if (!record.pending && record.type == "TXT")
            replaced.insert(record.name);
    check::ZoneFile zone;
    zone.path = sourceName;
    zone.data = plan::toZoneData(*generated, sourceName);
    out.zone = zone.data;
    for (const auto& path : options.zoneFiles) {
        auto file = check::readZoneFile(path, options.origin);
        if (!file) {
            out.error = QString::fromStdString(file.error().describe());
            return out;
        }
        out.zone.merge(check::withoutMailAuthRecords(file->data, replaced));
    }
    auto resolver = dns::makeResolver(out.zone, fallback);
    auto report = check::lintZones({zone}, *resolver);
    for (const auto& finding : generated->findings)
        if (finding.code.rfind("PLAN-", 0) == 0)
            out.findings.push_back(finding);
    for (auto& finding : report.findings) {
        finding.location.line = 0; // a line of the generated text means nothing in the plan
        finding.location.file.clear();
        out.findings.push_back(std::move(finding));
    }
    out.generated = std::move(*generated);
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
