#include "app/cli/GenerateCommand.h"

#include "app/cli/PlanInput.h"
#include "core/plan/Generator.h"
#include "core/workspace/Workspace.h"

#include <algorithm>
#include <ostream>
#include <unistd.h>

namespace dmarcplan::cli {

void GenerateCommand::configure(CLI::App& app) {
    app.add_option("--plan", m_plan, "The plan file (*.dmarcplan.json)")->required()->check(CLI::ExistingFile);
    app.add_option("--keys", m_keys,
                   "Folder of DKIM private keys SELECTOR.DOMAIN.pem: missing key pairs are generated there (0600)");
    app.add_option("--catalogue", m_catalogue, "Provider catalogue to use instead of the installed one")
        ->check(CLI::ExistingFile);
    addFormatOption(app, m_format, {OutputFormat::Zone, OutputFormat::Table, OutputFormat::Json});
    addColorOption(app, m_noColor);
}

namespace {

void printTable(std::ostream& out, const plan::GeneratedPlan& generated) {
    std::size_t hostWidth = 4;
    for (const auto& r : generated.records)
        hostWidth = std::max(hostWidth, plan::relativeHost(r.name, generated.domain).size());
    out << "Zone: " << generated.domain << "\n";
    out << "HOST" << std::string(hostWidth - 4 + 2, ' ') << "TYPE   TTL    VALUE\n";
    for (const auto& r : generated.records) {
        auto host = plan::relativeHost(r.name, generated.domain);
        std::string type = r.type;
        std::string ttl = std::to_string(r.ttl);
        out << host << std::string(hostWidth - host.size() + 2, ' ') << type << std::string(7 - type.size(), ' ') << ttl
            << std::string(7 - std::min<std::size_t>(ttl.size(), 6), ' ');
        if (r.pending)
            out << "(pending: from the provider, see below)";
        else if (r.type == "TXT")
            for (std::size_t i = 0; i < r.strings.size(); ++i)
                out << (i ? " " : "") << '"' << r.strings[i] << '"';
        else if (r.type == "MX")
            out << r.preference << ' ' << r.value;
        else
            out << r.value;
        out << '\n';
    }
}

} // namespace

int GenerateCommand::execute(Context& context) {
    auto input = loadPlanInput(m_plan, m_catalogue, context.err);
    if (!input)
        return kExitUsage;
    workspace::PlanInput planInput{std::move(input->plan), std::move(input->catalogue), m_plan};
    if (!m_keys.empty())
        planInput.generate.keysDir = m_keys;
    // Generating asks no DNS: the workspace of the plan alone, offline.
    dns::ResolverOptions offline;
    offline.offline = true;
    auto ws = workspace::Workspace::open(offline, std::move(planInput));
    if (!ws) {
        context.err << "dmarcplan: " << ws.error().describe() << '\n';
        return kExitUsage;
    }
    const plan::GeneratedPlan* generated = ws->generated();
    switch (m_format) {
    case OutputFormat::Json:
        printJson(context.out, plan::toJson(*generated));
        break;
    case OutputFormat::Table:
        printTable(context.out, *generated);
        break;
    case OutputFormat::Zone:
    case OutputFormat::Text:
    case OutputFormat::Sarif:
        context.out << plan::toZoneText(*generated);
        break;
    }
    // Findings go to standard error in zone and table form, so the output stays pasteable.
    if (m_format != OutputFormat::Json && !generated->findings.empty())
        printFindingsText(context.err, generated->findings, useColour(isatty(STDERR_FILENO) == 1, m_noColor));
    return hasErrors(generated->findings) ? kExitFindings : kExitSuccess;
}

} // namespace dmarcplan::cli
