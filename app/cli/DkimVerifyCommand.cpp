#include "app/cli/DkimVerifyCommand.h"

#include "core/common/Clock.h"
#include "core/dkim/Verifier.h"
#include "core/workspace/Workspace.h"

#include <ostream>

namespace dmarcplan::cli {

void DkimVerifyCommand::configure(CLI::App& app) {
    addDnsOptions(app, m_dns);
    app.add_option("--now", m_now, "Judge t= and x= at this Unix time instead of the clock");
    app.add_option("--input", m_input, "Read the message from this file instead of standard input");
    addFormatOption(app, m_format);
}

int DkimVerifyCommand::execute(Context& context) {
    auto ws = workspace::Workspace::open(m_dns);
    if (!ws) {
        context.err << "dmarcplan: " << ws.error().describe() << '\n';
        return kExitUsage;
    }
    auto text = readInput(m_input);
    if (!text) {
        context.err << "dmarcplan: " << text.error().describe() << '\n';
        return kExitUsage;
    }
    auto message = mail::MailMessage::parse(*text, m_input == "-" ? "<stdin>" : m_input);
    if (!message) {
        context.err << "dmarcplan: " << message.error().describe() << '\n';
        return kExitUsage;
    }
    if (m_now)
        Clock::setFixed(*m_now);
    dkim::Verifier verifier(ws->current());
    auto checks = verifier.verify(*message);
    auto overall = dkim::overallResult(checks);
    if (m_format == OutputFormat::Json) {
        auto signatures = nlohmann::json::array();
        for (const auto& check : checks)
            signatures.push_back(toJson(check));
        printJson(context.out, {{"result", dkim::toString(overall)}, {"signatures", signatures}});
    } else if (checks.empty()) {
        context.out << "none  " << Message{"DKIM-VERIFY-NO-SIGNATURE", {}}.text() << '\n';
    } else {
        for (const auto& check : checks) {
            context.out << dkim::toString(check.result) << "  d=" << check.domain << " s=" << check.selector
                        << " a=" << check.algorithm;
            if (check.reason != dkim::VerifyReason::None)
                context.out << "  (" << dkim::toString(check.reason) << ")";
            context.out << "\n        " << check.explanation().text() << '\n';
            for (const auto& note : check.notes)
                context.out << "        note: " << note.text() << '\n';
        }
    }
    switch (overall) {
    case dkim::VerifyResult::Pass:
        return kExitSuccess;
    case dkim::VerifyResult::TempError:
        return kExitDnsFailure;
    case dkim::VerifyResult::Fail:
    case dkim::VerifyResult::Neutral:
    case dkim::VerifyResult::PermError:
    case dkim::VerifyResult::None:
        return kExitFindings;
    }
    return kExitFindings;
}

} // namespace dmarcplan::cli
