#include "app/cli/DkimLintCommand.h"

#include "core/dkim/KeyRecordLinter.h"
#include "core/workspace/Workspace.h"

#include <algorithm>
#include <ostream>

namespace dmarcplan::cli {

void DkimLintCommand::configure(CLI::App& app) {
    auto* domain = app.add_option("--domain", m_domain, "Signing domain to look the key up at");
    auto* selector = app.add_option("--selector", m_selector, "Selector to look the key up at");
    auto* record = app.add_option("--record", m_record, "The record text itself (no DNS)");
    domain->needs(selector);
    selector->needs(domain);
    record->excludes(domain)->excludes(selector);
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format);
}

int DkimLintCommand::execute(Context& context) {
    dkim::KeyRecordLint lint;
    if (!m_record.empty()) {
        lint = dkim::KeyRecordLinter::lintRecord(m_record);
    } else if (!m_domain.empty()) {
        auto ws = workspace::Workspace::open(m_dns);
        if (!ws) {
            context.err << "dmarcplan: " << ws.error().describe() << '\n';
            return kExitUsage;
        }
        lint = dkim::KeyRecordLinter::lintSelector(*ws->current(), m_selector, m_domain);
    } else {
        context.err << "dmarcplan: give --domain and --selector, or --record\n";
        return kExitUsage;
    }
    if (m_format == OutputFormat::Json) {
        printJson(context.out, toJson(lint));
    } else {
        if (!lint.name.empty())
            context.out << lint.name << ":\n";
        for (const auto& r : lint.records)
            context.out << "  \"" << r << "\"\n";
        if (lint.key)
            context.out << "Key: " << lint.key->algorithm << ", " << lint.key->bits << " bits\n";
        printFindingsText(context.out, lint.findings, context.outIsTerminal);
    }
    bool dnsFailed = std::any_of(lint.findings.begin(), lint.findings.end(),
                                 [](const Finding& f) { return f.code == "DNS-TEMPERROR"; });
    if (dnsFailed)
        return kExitDnsFailure;
    return hasErrors(lint.findings) ? kExitFindings : kExitSuccess;
}

} // namespace dmarcplan::cli
