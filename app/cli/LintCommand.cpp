#include "app/cli/LintCommand.h"

#include "app/cli/PlanInput.h"
#include "core/check/ZoneLint.h"
#include "core/common/Sarif.h"
#include "core/dns/ResolverFactory.h"
#include "core/plan/Generator.h"

#include <dmarcplan/Version.h>
#include <ostream>
#include <set>

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
    std::vector<check::ZoneFile> zones;
    for (const auto& path : m_zoneFiles) {
        auto zone = check::readZoneFile(path, m_dns.origin);
        if (!zone) {
            context.err << "dmarcplan: " << zone.error().describe() << '\n';
            return kExitUsage;
        }
        zones.push_back(std::move(*zone));
    }
    Findings planFindings;
    if (!m_plan.empty()) {
        auto input = loadPlanInput(m_plan, m_catalogue, context.err);
        if (!input)
            return kExitUsage;
        auto generated = plan::generateRecords(input->plan, input->catalogue);
        if (!generated) {
            context.err << "dmarcplan: " << generated.error().describe() << '\n';
            return kExitUsage;
        }
        // The plan's records are linted as the zone they would become, in place of the zone files'
        // mail-authentication records at the same names; findings point at the plan file.
        std::set<std::string> replaced;
        for (const auto& record : generated->records)
            if (!record.pending && record.type == "TXT")
                replaced.insert(record.name);
        for (auto& zone : zones)
            zone.data = check::withoutMailAuthRecords(zone.data, replaced);
        check::ZoneFile zone;
        zone.path = m_plan;
        zone.data = plan::toZoneData(*generated, m_plan);
        zones.push_back(std::move(zone));
        // Only the plan's own findings: the records' lint below repeats the generators' advice.
        for (auto f : generated->findings)
            if (f.code.rfind("PLAN-", 0) == 0) {
                f.location.file = m_plan;
                planFindings.push_back(std::move(f));
            }
    }

    dns::ZoneData merged;
    for (const auto& zone : zones)
        merged.merge(zone.data);
    dns::ResolverPtr live;
    if (!m_dns.offline) {
        dns::LiveResolverOptions liveOptions;
        liveOptions.timeoutMs = m_dns.timeoutMs;
        for (const auto& text : m_dns.nameservers) {
            auto server = dns::parseNameServer(text);
            if (!server) {
                context.err << "dmarcplan: " << server.error().describe() << '\n';
                return kExitUsage;
            }
            liveOptions.servers.push_back(*server);
        }
        auto resolver = dns::LiveResolver::create(liveOptions);
        if (!resolver) {
            context.err << "dmarcplan: " << resolver.error().describe() << '\n';
            return kExitUsage;
        }
        live = *resolver;
    }
    auto resolver = dns::makeResolver(std::move(merged), live);
    auto report = check::lintZones(zones, *resolver);
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
