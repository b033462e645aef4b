#include "app/cli/LintCommand.h"

#include "app/cli/PlanInput.h"
#include "core/check/ZoneLint.h"
#include "core/common/Sarif.h"
#include "core/workspace/Workspace.h"

#include <dmarcplan/Version.h>
#include <optional>
#include <ostream>

namespace dmarcplan::cli {

void LintCommand::configure(CLI::App& app) {
    app.add_option("ZONEFILE", m_zoneFiles, "RFC 1035 zone files to lint")->check(CLI::ExistingFile);
    app.add_option("--plan", m_plan, "Lint the records this plan generates (with the zone files, if any)")
        ->check(CLI::ExistingFile);
    app.add_option("--catalogue", m_catalogue, "Provider catalogue for --plan instead of the installed one")
        ->check(CLI::ExistingFile);
    app.add_option("--origin", m_dns.origin, "Origin for zone files that have no $ORIGIN or SOA");
    app.add_option("--nameserver", m_dns.nameservers, "Ask this server for names outside the zones, HOST[:PORT]")
        ->group("DNS options");
    app.add_flag("--offline", m_dns.offline, "Never use live DNS: names outside the zones do not exist")
        ->group("DNS options");
    app.add_option("--timeout", m_dns.timeoutMs, "Time budget for one DNS question in milliseconds")
        ->check(CLI::Range(1, 600000))
        ->group("DNS options");
    addFormatOption(app, m_format, {OutputFormat::Text, OutputFormat::Json, OutputFormat::Sarif});
    addColorOption(app, m_noColor);
}

int LintCommand::execute(Context& context) {
    if (m_zoneFiles.empty() && m_plan.empty()) {
        context.err << "dmarcplan: lint needs at least one ZONEFILE or --plan FILE\n";
        return kExitUsage;
    }
    // The zone files as they would stay and the plan's records as the zone they would become (in
    // place of the files' mail-authentication records at the same names): the workspace's.
    dns::ResolverOptions dnsOptions = m_dns;
    dnsOptions.zoneFiles = m_zoneFiles;
    std::optional<workspace::PlanInput> planInput;
    if (!m_plan.empty()) {
        auto input = loadPlanInput(m_plan, m_catalogue, context.err);
        if (!input)
            return kExitUsage;
        planInput = workspace::PlanInput{std::move(input->plan), std::move(input->catalogue), m_plan};
    }
    auto ws = workspace::Workspace::open(dnsOptions, std::move(planInput));
    if (!ws) {
        context.err << "dmarcplan: " << ws.error().describe() << '\n';
        return kExitUsage;
    }
    const auto& zones = ws->lintZones();
    // Only the plan's own findings: the records' lint below repeats the generators' advice.
    Findings planFindings = ws->planFindings();
    auto report = check::lintZones(zones, *ws->published());
    for (auto& f : report.findings)
        if (!m_plan.empty() && f.location.file == m_plan)
            f.location.line = 0; // a line of the generated text means nothing in the plan file
    report.findings.insert(report.findings.begin(), planFindings.begin(), planFindings.end());

    switch (m_format) {
    case OutputFormat::Json:
        printJson(context.out, check::toJson(report));
        break;
    case OutputFormat::Sarif: {
        SarifOptions options;
        options.toolVersion = kVersion;
        options.fallbackUri = m_zoneFiles.empty() ? m_plan : m_zoneFiles.front();
        printJson(context.out, toSarif(report.findings, options));
        break;
    }
    case OutputFormat::Text:
    case OutputFormat::Zone:
    case OutputFormat::Table:
        context.out << "Linted " << report.records.size() << " mail-authentication records in " << zones.size()
                    << (zones.size() == 1 ? " zone" : " zones") << (m_dns.offline ? " (offline)" : "") << ".\n";
        printFindingsText(context.out, report.findings, useColour(context.outIsTerminal, m_noColor));
        break;
    }
    return hasErrors(report.findings) ? kExitFindings : kExitSuccess;
}

} // namespace dmarcplan::cli
