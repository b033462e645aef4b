#include "app/cli/SpfLintCommand.h"

#include "core/check/SpfTree.h"
#include "core/dns/ParallelResolver.h"
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
    // The include tree and the mail hosts' addresses are asked in parallel (as `check` does); the
    // linter then reads them from the shared cache.
    dns::ParallelResolver pool(ws->current());
    auto report = m_record.empty() ? check::lintDomainInParallel(m_target, pool)
                                   : check::lintRecordInParallel(spf::splitQuotedStrings(m_record), m_domain, pool);
    if (m_format == OutputFormat::Json) {
        // The findings are written one by one (a record can have tens of thousands), each without a
        // copy of the record the report prints once.
        Findings findings = std::move(report.findings);
        auto document = spf::toJson(report);
        document.erase("findings");
        PrintedRecords printed({report.record});
        printJson(context.out, std::move(document), "findings", findings.size(),
                  [&](std::size_t i) { return toJson(findings[i], printed); });
        report.findings = std::move(findings);
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
