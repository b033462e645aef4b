#include "app/cli/DmarcLintCommand.h"

#include "core/common/DomainName.h"
#include "core/dmarc/Linter.h"
#include "core/workspace/Workspace.h"

#include <ostream>

namespace dmarcplan::cli {

namespace {

int usage(Context& context, const std::string& message) {
    context.err << "dmarcplan: " << message << '\n';
    return kExitUsage;
}

} // namespace

void DmarcLintCommand::configure(CLI::App& app) {
    app.add_option("DOMAIN", m_domain, "Domain whose _dmarc record is fetched and linted");
    app.add_option("--record", m_record, "Lint this record text instead of fetching one (needs --domain)");
    app.add_option("--domain", m_recordDomain, "The domain the --record text is for");
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format);
}

int DmarcLintCommand::execute(Context& context) {
    if (m_record.empty() == m_domain.empty())
        return usage(context, "give either DOMAIN or --record TEXT --domain D");
    if (!m_record.empty() && m_recordDomain.empty())
        return usage(context, "--record needs --domain");
    auto domain = m_record.empty() ? m_domain : m_recordDomain;
    if (!isValidDomainName(domain))
        return usage(context, "\"" + domain + "\" is not a domain name");
    auto ws = workspace::Workspace::open(m_dns);
    if (!ws)
        return usage(context, ws.error().describe());

    dmarc::DomainLint lint;
    if (m_record.empty()) {
        lint = dmarc::lintDomain(domain, *ws->current());
    } else {
        lint.domain = normalizeDomain(domain);
        lint.records = {m_record};
        lint.findings = dmarc::lintRecord(m_record, domain, ws->current().get());
    }
    if (m_format == OutputFormat::Json) {
        printJson(context.out, {{"domain", lint.domain},
                                {"records", lint.records},
                                {"findings", toJson(lint.findings)},
                                {"dns_failure", lint.tempError}});
    } else {
        context.out << "_dmarc." << lint.domain << '\n';
        for (const auto& record : lint.records)
            context.out << "  \"" << record << "\"\n";
        if (lint.records.empty())
            context.out << "  (no DMARC record)\n";
        printFindingsText(context.out, lint.findings, context.outIsTerminal);
    }
    if (hasErrors(lint.findings))
        return kExitFindings;
    return lint.tempError && lint.records.empty() ? kExitDnsFailure : kExitSuccess;
}

} // namespace dmarcplan::cli
