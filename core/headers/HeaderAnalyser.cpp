#include "core/headers/HeaderAnalyser.h"

#include "core/common/DomainName.h"
#include "core/dkim/TagList.h"
#include "core/dmarc/OrganizationalDomain.h"

#include <regex>

namespace dmarcplan::headers {

namespace {

// MailMessage::parse stops at a line that is neither a field nor a continuation: drop that line,
// flag it, and try again, so pasted text with stray lines ("From " mbox separators) still reads.
std::optional<mail::MailMessage> parseTolerantly(std::string_view text, Findings& issues) {
    std::string work(text);
    for (int attempt = 0; attempt < 50; ++attempt) {
        auto parsed = mail::MailMessage::parse(work);
        if (parsed)
            return std::move(*parsed);
        int line = parsed.error().line;
        if (line <= 0)
            break;
        std::size_t start = 0;
        for (int i = 1; i < line && start != std::string::npos; ++i) {
            start = work.find('\n', start);
            if (start != std::string::npos)
                ++start;
        }
        if (start == std::string::npos)
            break;
        auto end = work.find('\n', start);
        auto dropped = work.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!dropped.empty() && dropped.back() == '\r')
            dropped.pop_back();
        Finding f{"HEADERS-LINE-UNPARSABLE", Severity::Warning, {{"text", dropped}}, {}, {}, {}};
        f.location.line = line;
        issues.push_back(f);
        // Keep the line count so later line numbers stay true: replace the line by a harmless field.
        work.replace(start, dropped.size(), "X-Dmarcplan-Dropped: 1");
    }
    issues.push_back({"HEADERS-NOT-A-MESSAGE", Severity::Error, {}, {}, {}, {}});
    return std::nullopt;
}

// Domains of every mailbox in a From value (commas inside quotes and comments do not separate).
std::vector<std::string> mailboxDomains(std::string_view value) {
    std::vector<std::string> domains;
    std::string current;
    bool quoted = false;
    int depth = 0;
    auto flush = [&] {
        if (auto address = mail::extractAddress(current))
            if (auto domain = mail::domainOf(*address))
                domains.push_back(*domain);
        current.clear();
    };
    for (char c : value) {
        if (c == '"' && depth == 0)
            quoted = !quoted;
        else if (c == '(' && !quoted)
            ++depth;
        else if (c == ')' && !quoted && depth > 0)
            --depth;
        if (c == ',' && !quoted && depth == 0)
            flush();
        else
            current += c;
    }
    flush();
    return domains;
}

bool relaxedAligned(const std::string& a, const std::string& b) {
    return !a.empty() && !b.empty() && dmarc::pslOrganizationalDomain(a) == dmarc::pslOrganizationalDomain(b);
}

std::string methodCode(const std::string& method, const std::string& result) {
    static const std::vector<std::pair<std::string, std::vector<std::string>>> known = {
        {"SPF", {"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"}},
        {"DKIM", {"pass", "fail", "neutral", "none", "policy", "temperror", "permerror"}},
        {"DMARC", {"pass", "fail", "none", "temperror", "permerror"}},
        {"ARC", {"pass", "fail", "none"}},
    };
    auto upper = toLower(method);
    for (auto& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto normalized = result == "hardfail" ? std::string("fail") : result;
    for (const auto& [name, results] : known)
        if (name == upper)
            for (const auto& r : results)
                if (r == normalized) {
                    auto code = "HEADERS-" + name + "-" + r;
                    for (auto& c : code)
                        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                    return code;
                }
    return "HEADERS-METHOD-OTHER";
}

void alignmentNote(Explanation& e, const std::string& identifier, const std::string& from, const char* aligned,
                   const char* notAligned) {
    if (identifier.empty() || from.empty())
        return;
    e.notes.push_back(
        {relaxedAligned(identifier, from) ? aligned : notAligned, {{"identifier", identifier}, {"from", from}}});
}

void explain(HeaderAnalysis& analysis, const AuthenticationResults& ar, const char* source) {
    if (ar.noResult || ar.results.empty()) {
        analysis.explanations.push_back(
            {source, ar.authservId, "", "none", {"HEADERS-AR-NONE", {{"authserv_id", ar.authservId}}}, {}});
        return;
    }
    for (const auto& r : ar.results) {
        Explanation e{source, ar.authservId, r.method, r.result, {}, {}};
        MessageParams params{
            {"authserv_id", ar.authservId}, {"method", r.method}, {"result", r.result}, {"from", analysis.fromDomain}};
        if (r.method == "spf") {
            auto domain = r.property("smtp", "mailfrom");
            if (auto at = domain.rfind('@'); at != std::string::npos)
                domain = domain.substr(at + 1);
            bool helo = domain.empty();
            if (helo)
                domain = r.property("smtp", "helo");
            params["domain"] = normalizeDomain(domain);
            if (r.result == "pass") {
                if (helo)
                    e.notes.push_back({"HEADERS-SPF-HELO-ONLY", params});
                else
                    alignmentNote(e, params["domain"], analysis.fromDomain, "HEADERS-SPF-ALIGNED",
                                  "HEADERS-SPF-NOT-ALIGNED");
            }
        } else if (r.method == "dkim") {
            auto domain = r.property("header", "d");
            if (domain.empty()) {
                domain = r.property("header", "i");
                if (auto at = domain.rfind('@'); at != std::string::npos)
                    domain = domain.substr(at + 1);
            }
            params["domain"] = normalizeDomain(domain);
            params["selector"] = r.property("header", "s");
            if (r.result == "pass")
                alignmentNote(e, params["domain"], analysis.fromDomain, "HEADERS-DKIM-ALIGNED",
                              "HEADERS-DKIM-NOT-ALIGNED");
        } else if (r.method == "dmarc") {
            auto from = r.property("header", "from");
            params["from"] = from.empty() ? analysis.fromDomain : normalizeDomain(from);
            params["policy"] = r.property("policy", "dmarc");
            for (const auto& comment : r.comments)
                if (comment.find("p=") != std::string::npos)
                    params["policy_comment"] = comment;
            if (!params["policy_comment"].empty())
                e.notes.push_back({"HEADERS-DMARC-POLICY-COMMENT", params});
            if (!from.empty() && !analysis.fromDomain.empty() && normalizeDomain(from) != analysis.fromDomain)
                e.notes.push_back({"HEADERS-DMARC-OTHER-FROM", params});
        }
        if (!r.reason.empty()) {
            params["reason"] = r.reason;
            e.notes.push_back({"HEADERS-REASON", params});
        }
        e.message = {methodCode(r.method, r.result), params};
        analysis.explanations.push_back(std::move(e));
    }
}

void readReceived(HeaderAnalysis& analysis, const mail::MailMessage& message) {
    static const std::regex address(R"(\[(?:IPv6:)?([0-9A-Fa-f:.]+)\])");
    static const std::regex from(R"(^\s*from\s+([^\s()]+))", std::regex::icase);
    for (auto index : message.indexesOf("Received")) {
        auto value = message.headers()[index].value();
        std::smatch m;
        if (!std::regex_search(value, m, address))
            continue;
        // The topmost Received line that names a client address is the receiver's own.
        if (analysis.clientIp.empty())
            analysis.clientIp = m[1];
        if (analysis.helo.empty() && std::regex_search(value, m, from))
            analysis.helo = m[1];
        return;
    }
}

} // namespace

HeaderAnalysis analyseHeaders(std::string_view text) {
    HeaderAnalysis analysis;
    analysis.message = parseTolerantly(text, analysis.issues);
    if (!analysis.message)
        return analysis;
    const auto& message = *analysis.message;
    const auto& fields = message.headers();

    auto fromIndexes = message.indexesOf("From");
    if (fromIndexes.empty())
        analysis.issues.push_back({"HEADERS-NO-FROM", Severity::Error, {}, {}, {}, {}});
    for (auto index : fromIndexes) {
        auto domains = mailboxDomains(fields[index].value());
        analysis.fromDomains.insert(analysis.fromDomains.end(), domains.begin(), domains.end());
    }
    if (!fromIndexes.empty() && analysis.fromDomains.empty())
        analysis.issues.push_back({"HEADERS-FROM-NO-DOMAIN",
                                   Severity::Error,
                                   {{"text", fields[fromIndexes[0]].value()}},
                                   {},
                                   {{}, fields[fromIndexes[0]].line, 0},
                                   {}});
    if (fromIndexes.size() > 1 || analysis.fromDomains.size() > 1)
        analysis.issues.push_back(
            {"HEADERS-MULTIPLE-FROM",
             Severity::Warning,
             {{"count", std::to_string(std::max(fromIndexes.size(), analysis.fromDomains.size()))}},
             {},
             {},
             {}});
    if (!analysis.fromDomains.empty())
        analysis.fromDomain = analysis.fromDomains.front();

    analysis.returnPath = message.returnPath();
    if (analysis.returnPath)
        analysis.returnPathDomain = mail::domainOf(*analysis.returnPath).value_or("");

    auto withLine = [](Findings issues, int line) {
        for (auto& f : issues)
            f.location.line = line;
        return issues;
    };
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto& field = fields[i];
        Findings found;
        if (field.is("Authentication-Results")) {
            analysis.authenticationResults.push_back(parseAuthenticationResults(field.rawValue()));
            found = withLine(analysis.authenticationResults.back().issues, field.line);
        } else if (field.is("ARC-Authentication-Results")) {
            analysis.arcAuthenticationResults.push_back(parseArcAuthenticationResults(field.rawValue()));
            found = withLine(analysis.arcAuthenticationResults.back().issues, field.line);
        } else if (field.is("Received-SPF")) {
            analysis.receivedSpf.push_back(parseReceivedSpf(field.rawValue()));
            found = withLine(analysis.receivedSpf.back().issues, field.line);
        } else if (field.is("DKIM-Signature")) {
            DkimSignatureInfo info;
            info.headerIndex = i;
            auto tags = dkim::parseTagList(field.value());
            info.domain = normalizeDomain(tags.value("d").value_or(""));
            info.selector = tags.value("s").value_or("");
            info.algorithm = tags.value("a").value_or("");
            info.signature = dkim::stripWhitespace(tags.value("b").value_or(""));
            if (!tags.problems.empty())
                info.issues.push_back({"HEADERS-DKIM-SIGNATURE-SYNTAX",
                                       Severity::Warning,
                                       {{"count", std::to_string(tags.problems.size())}},
                                       {},
                                       {},
                                       {}});
            if (info.domain.empty() || info.selector.empty())
                info.issues.push_back({"HEADERS-DKIM-SIGNATURE-INCOMPLETE", Severity::Warning, {}, {}, {}, {}});
            found = withLine(info.issues, field.line);
            analysis.dkimSignatures.push_back(std::move(info));
        }
        analysis.issues.insert(analysis.issues.end(), found.begin(), found.end());
    }

    for (const auto& spf : analysis.receivedSpf) {
        if (analysis.clientIp.empty())
            analysis.clientIp = spf.key("client-ip");
        if (analysis.helo.empty())
            analysis.helo = spf.key("helo");
    }
    readReceived(analysis, message);

    if (analysis.authenticationResults.empty() && analysis.receivedSpf.empty())
        analysis.explanations.push_back({"", "", "", "", {"HEADERS-NO-AUTH-RESULTS", {}}, {}});
    for (const auto& ar : analysis.authenticationResults)
        explain(analysis, ar, "Authentication-Results");
    for (const auto& spf : analysis.receivedSpf) {
        Explanation e{"Received-SPF", spf.key("receiver"), "spf", spf.result, {}, {}};
        MessageParams params{{"authserv_id", spf.key("receiver")},
                             {"method", "spf"},
                             {"result", spf.result},
                             {"domain", spf.checkedDomain()},
                             {"from", analysis.fromDomain}};
        if (spf.result == "pass" && !spf.heloIdentity())
            alignmentNote(e, spf.checkedDomain(), analysis.fromDomain, "HEADERS-SPF-ALIGNED",
                          "HEADERS-SPF-NOT-ALIGNED");
        e.message = {methodCode("spf", spf.result), params};
        analysis.explanations.push_back(std::move(e));
    }
    for (const auto& ar : analysis.arcAuthenticationResults)
        explain(analysis, ar, "ARC-Authentication-Results");
    return analysis;
}

} // namespace dmarcplan::headers
