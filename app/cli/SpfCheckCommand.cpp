#include "app/cli/SpfCheckCommand.h"

#include "core/workspace/Workspace.h"
#include <ostream>

namespace dmarcplan::cli {

void SpfCheckCommand::configure(CLI::App& app) {
    app.add_option("--ip", m_request.ip, "The SMTP client's IPv4 or IPv6 address")->required();
    app.add_option("--sender", m_request.sender, "MAIL FROM address; empty (\"\") checks the HELO identity");
    app.add_option("--helo", m_request.helo, "HELO/EHLO name (required when --sender is empty)");
    app.add_option("--receiver", m_request.receiver, "Receiving host name for %{r} in explanations");
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format);
}

int SpfCheckCommand::execute(Context& context) {
    if (auto error = spf::validateRequest(m_request)) {
        context.err << "dmarcplan: " << error->describe() << '\n';
        return kExitUsage;
    }
    if (m_request.sender.empty() && m_request.helo.empty()) {
        context.err << "dmarcplan: --sender or --helo is needed\n";
        return kExitUsage;
    }
    auto ws = workspace::Workspace::open(m_dns);
    if (!ws) {
        context.err << "dmarcplan: " << ws.error().describe() << '\n';
        return kExitUsage;
    }
    auto outcome = spf::checkHost(*ws->current(), m_request);
    if (m_format == OutputFormat::Json) {
        printJson(context.out, spf::toJson(outcome));
    } else {
        context.out << "result: " << spf::toString(outcome.result) << "\n";
        context.out << "domain: " << outcome.domain << " (sender " << outcome.sender << ", ip " << m_request.ip
                    << ")\n";
        if (!outcome.decidingTerm.empty())
            context.out << "decided by: " << outcome.decidingTerm << '\n';
        if (!outcome.explanation.empty())
            context.out << "explanation: " << outcome.explanation << '\n';
        context.out << "dns lookups: " << outcome.dnsLookups << ", void lookups: " << outcome.voidLookups << '\n';
        context.out << "trace:\n";
        for (const auto& step : outcome.trace) {
            context.out << std::string(2 + 2 * static_cast<std::size_t>(step.depth), ' ') << spf::toString(step.kind)
                        << ' ';
            if (step.kind == spf::TraceStep::Kind::Note)
                context.out << Message{step.code, step.params}.text();
            else
                context.out << step.text << (step.detail.empty() ? "" : "  -> " + step.detail);
            context.out << '\n';
        }
    }
    switch (outcome.result) {
    case spf::Result::Pass:
    case spf::Result::Neutral:
    case spf::Result::None:
        return kExitSuccess;
    case spf::Result::Fail:
    case spf::Result::SoftFail:
    case spf::Result::PermError:
        return kExitFindings;
    case spf::Result::TempError:
        return kExitDnsFailure;
    }
    return kExitFindings;
}

} // namespace dmarcplan::cli
