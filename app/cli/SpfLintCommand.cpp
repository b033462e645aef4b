#include "app/cli/SpfLintCommand.h"

#include "core/spf/Linter.h"
#include "core/workspace/Workspace.h"

#include <ostream>

namespace dmarcplan::cli {

void SpfLintCommand::configure(CLI::App& app) {
    app.add_option("DOMAIN", m_target, "Domain whose published SPF record is linted");
    app.add_option("--record", m_record,
                   "Lint this record text instead (zone-style quoted strings \"...\" \"...\" are joined)");
    app.add_option("--domain", m_domain, "With --record: the domain it is for (a/mx targets, parked check)");
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format);
}

namespace {

void printTree(std::ostream& out, const spf::LookupNode& node, int depth) {
    for (const auto& child : node.children) {
        out << std::string(2 + 2 * static_cast<std::size_t>(depth), ' ') << child.term << "  [" << child.worstCase
            << (child.worstCase == 1 ? " lookup" : " lookups");
        if (child.evaluated)
            out << ", #" << child.cumulative << " in evaluation order";
        else
            out << ", never evaluated";
        if (child.status != "ok")
            out << ", " << child.status;
        out << "]\n";
        printTree(out, child, depth + 1);
    }
}

} // namespace

int SpfLintCommand::execute(Context& context) {
    if (m_target.empty() == m_record.empty()) {
        context.err << "dmarcplan: give either DOMAIN or --record\n";
        return kExitUsage;
    }
    auto ws = workspace::Workspace::open(m_dns);
    if (!ws) {
        context.err << "dmarcplan: " << ws.error().describe() << '\n';
        return kExitUsage;
    }
    auto report = m_record.empty()
                      ? spf::analyzeDomain(m_target, *ws->current())
                      : spf::analyzeRecordStrings(spf::splitQuotedStrings(m_record), m_domain, *ws->current());
    if (m_format == OutputFormat::Json) {
        printJson(context.out, spf::toJson(report));
    } else {
        if (!report.record.empty())
            context.out << "record: " << report.record << '\n';
        context.out << "dns lookups: " << report.evaluationOrder << " in evaluation order, " << report.worstCase
                    << " worst case; void lookups: " << report.voidLookups << '\n';
        if (!report.tree.children.empty()) {
            context.out << "lookup tree:\n";
            printTree(context.out, report.tree, 0);
        }
        printFindingsText(context.out, report.findings, context.outIsTerminal);
    }
    for (const auto& finding : report.findings)
        if (finding.code == "DNS-TEMPERROR")
            return kExitDnsFailure;
    return hasErrors(report.findings) ? kExitFindings : kExitSuccess;
}

} // namespace dmarcplan::cli
