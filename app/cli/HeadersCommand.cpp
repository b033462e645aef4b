#include "app/cli/HeadersCommand.h"

#include "core/headers/HeaderAnalyser.h"
#include "core/headers/Recheck.h"
#include "core/workspace/Workspace.h"

#include <ostream>

namespace dmarcplan::cli {

void HeadersCommand::configure(CLI::App& app) {
    app.add_option("FILE", m_input, "A whole message or only its header block; - for standard input");
    app.add_flag("--recheck", m_recheck, "Evaluate SPF, DKIM and DMARC again against today's DNS and compare");
    app.add_option("--org-domain", m_orgDomain, "Organizational domain method for --recheck: psl or treewalk")
        ->check(CLI::IsMember({"psl", "treewalk"}, CLI::ignore_case));
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format);
}

namespace {

nlohmann::json messageJson(const Message& m) {
    return {{"code", m.code}, {"text", m.text()}, {"params", m.params}};
}

} // namespace

int HeadersCommand::execute(Context& context) {
    auto text = readInput(m_input);
    if (!text) {
        context.err << "dmarcplan: " << text.error().describe() << '\n';
        return kExitUsage;
    }
    auto analysis = headers::analyseHeaders(*text);
    if (!analysis.message) {
        // Why: a size limit or too many stray lines (HEADERS-NOT-A-MESSAGE itself says no more).
        std::string why;
        for (const auto& issue : analysis.issues)
            if (issue.severity == Severity::Error && issue.code != "HEADERS-NOT-A-MESSAGE")
                why += ": " + issue.message();
        context.err << "dmarcplan: " << (m_input == "-" ? "standard input" : m_input)
                    << ": not a message or header block" << why << '\n';
        return kExitUsage;
    }
    std::optional<headers::Recheck> recheck;
    if (m_recheck) {
        auto ws = workspace::Workspace::open(m_dns);
        if (!ws) {
            context.err << "dmarcplan: " << ws.error().describe() << '\n';
            return kExitUsage;
        }
        recheck = headers::recheckMessage(analysis, ws->current(), *dmarc::orgDomainMethodFromString(m_orgDomain));
    }

    if (m_format == OutputFormat::Json) {
        auto explanations = nlohmann::json::array();
        for (const auto& e : analysis.explanations) {
            auto notes = nlohmann::json::array();
            for (const auto& n : e.notes)
                notes.push_back(messageJson(n));
            auto j = messageJson(e.message);
            j.update({{"source", e.source},
                      {"authserv_id", e.authservId},
                      {"method", e.method},
                      {"result", e.result},
                      {"notes", notes}});
            explanations.push_back(j);
        }
        nlohmann::json doc = {{"from_domain", analysis.fromDomain},
                              {"from_domains", analysis.fromDomains},
                              {"return_path", analysis.returnPath ? nlohmann::json(*analysis.returnPath) : nullptr},
                              {"client_ip", analysis.clientIp},
                              {"helo", analysis.helo},
                              {"dkim_signatures", analysis.dkimSignatures.size()},
                              {"explanations", explanations},
                              {"issues", toJson(analysis.issues)}};
        if (recheck) {
            auto items = nlohmann::json::array();
            for (const auto& item : recheck->items) {
                auto j = messageJson(item.message);
                j.update({{"method", item.method},
                          {"recorded", item.recorded},
                          {"today", item.today},
                          {"differs", item.differs}});
                items.push_back(j);
            }
            auto notes = nlohmann::json::array();
            for (const auto& n : recheck->notes)
                notes.push_back(messageJson(n));
            doc["recheck"] = {{"items", items},
                              {"notes", notes},
                              {"dmarc",
                               {{"result", dmarc::toString(recheck->dmarc.result)},
                                {"disposition", dmarc::toString(recheck->dmarc.disposition)},
                                {"explanation", messageJson(recheck->dmarc.explanation)}}}};
        }
        printJson(context.out, doc);
    } else {
        context.out << "From domain: " << (analysis.fromDomain.empty() ? "-" : analysis.fromDomain)
                    << "   Return-Path: " << (analysis.returnPath ? "<" + *analysis.returnPath + ">" : "-")
                    << "   client: " << (analysis.clientIp.empty() ? "-" : analysis.clientIp) << '\n';
        std::string lastSource;
        for (const auto& e : analysis.explanations) {
            auto heading = e.source.empty() ? std::string() : e.source + " (" + e.authservId + ")";
            if (heading != lastSource && !heading.empty())
                context.out << '\n' << heading << ":\n";
            lastSource = heading;
            context.out << "  " << (e.method.empty() ? "" : e.method + "=" + e.result + "  ") << e.message.text()
                        << '\n';
            for (const auto& n : e.notes)
                context.out << "      " << n.text() << '\n';
        }
        if (!analysis.issues.empty()) {
            context.out << "\nWhile reading:\n";
            printFindingsText(context.out, analysis.issues, context.outIsTerminal);
        }
        if (recheck) {
            context.out << "\nAgainst today's DNS:\n";
            for (const auto& n : recheck->notes)
                context.out << "  " << n.text() << '\n';
            for (const auto& item : recheck->items)
                context.out << "  " << (item.differs ? "DIFFERS " : "same    ") << item.message.text() << '\n';
            context.out << "  " << recheck->dmarc.explanation.text() << '\n';
        }
    }
    if (recheck) {
        if (recheck->dmarc.result == dmarc::DmarcResult::TempError)
            return kExitDnsFailure;
        for (const auto& item : recheck->items)
            if (item.differs)
                return kExitFindings;
    }
    return kExitSuccess;
}

} // namespace dmarcplan::cli
