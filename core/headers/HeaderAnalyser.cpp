#include "core/headers/HeaderAnalyser.h"

#include "core/common/DomainName.h"
#include "core/dkim/TagList.h"
#include "core/dmarc/OrganizationalDomain.h"
#include "core/spf/Address.h"

#include <algorithm>
#include <array>

namespace dmarcplan::headers {

namespace {

// The quoted text of a dropped line, cut (at a UTF-8 character boundary) so that a megabyte of junk
// does not become a megabyte of message.
std::string quotedLine(std::string_view line) {
    if (line.size() <= kMaxQuotedLineBytes)
        return std::string(line);
    auto cut = kMaxQuotedLineBytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
        --cut;
    return std::string(line.substr(0, cut)) + "...";
}

// Bytes before the first empty line (the header block as MailMessage::parse reads it).
std::size_t headerBlockLength(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        if (text[start] == '\n' || (text[start] == '\r' && start + 1 < text.size() && text[start + 1] == '\n'))
            return start;
        auto nl = text.find('\n', start);
        if (nl == std::string_view::npos)
            break;
        start = nl + 1;
    }
    return text.size();
}

// MailMessage::parse stops at a line that is neither a field nor a continuation: drop that line,
// flag it, and try again, so pasted text with stray lines ("From " mbox separators) still reads.
std::optional<mail::MailMessage> parseTolerantly(std::string_view text, Findings& issues) {
    std::string work(text);
    for (std::size_t attempt = 0; attempt <= kMaxUnparsableLines; ++attempt) {
        auto parsed = mail::MailMessage::parse(work);
        if (parsed)
            return std::move(*parsed);
        int line = parsed.error().line;
        if (line <= 0)
            break;
        if (attempt == kMaxUnparsableLines) {
            issues.push_back({"HEADERS-TOO-MANY-UNPARSABLE-LINES",
                              Severity::Error,
                              {{"limit", std::to_string(kMaxUnparsableLines)}, {"line", std::to_string(line)}},
                              {},
                              {{}, line, 0},
                              {}});
            break;
        }
        std::size_t start = 0;
        for (int i = 1; i < line && start != std::string::npos; ++i) {
            start = work.find('\n', start);
            if (start != std::string::npos)
                ++start;
        }
        if (start == std::string::npos)
            break;
        auto end = work.find('\n', start);
        auto length = (end == std::string::npos ? work.size() : end) - start;
        if (length > 0 && work[start + length - 1] == '\r')
            --length;
        Finding f{"HEADERS-LINE-UNPARSABLE",
                  Severity::Warning,
                  {{"line", std::to_string(line)}, {"text", quotedLine(std::string_view(work).substr(start, length))}},
                  {},
                  {},
                  {}};
        f.location.line = line;
        issues.push_back(f);
        // Keep the line count so later line numbers stay true: replace the line by a harmless field.
        work.replace(start, length, "X-Dmarcplan-Dropped: 1");
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
    if (a.empty() || b.empty())
        return false;
    // A name longer than DNS allows (RFC 1035 section 2.3.4) has no organizational domain; only equal
    // text can match it, and the public suffix list is not asked to walk its thousands of labels.
    if (!isValidDomainName(a) || !isValidDomainName(b))
        return normalizeDomain(a) == normalizeDomain(b);
    return dmarc::pslOrganizationalDomain(a) == dmarc::pslOrganizationalDomain(b);
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

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// The client's address in a Received field: the first "[address]" or "[IPv6:address]" (RFC 5321
// section 4.4 TCP-info, section 4.1.3 address literals) whose text is an IP address. One pass: a
// literal cannot contain '[', so only the text after the latest '[' can be one.
std::string bracketAddress(std::string_view value) {
    std::size_t open = std::string_view::npos;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '[') {
            open = i;
        } else if (value[i] == ']' && open != std::string_view::npos) {
            auto inner = value.substr(open + 1, i - open - 1);
            open = std::string_view::npos;
            if (inner.size() > 5 && equalsIgnoreCase(inner.substr(0, 5), "IPv6:"))
                inner.remove_prefix(5);
            // 45 characters is the longest IPv6 text (an IPv4 tail included).
            if (!inner.empty() && inner.size() <= 45 && spf::IpAddress::parse(inner))
                return std::string(inner);
        }
    }
    return {};
}

// The name after a leading "from" (RFC 5321 section 4.4 From-domain): up to whitespace or a comment.
std::string fromName(std::string_view value) {
    std::size_t i = 0;
    while (i < value.size() && isSpace(value[i]))
        ++i;
    if (value.size() - i < 5 || !equalsIgnoreCase(value.substr(i, 4), "from") || !isSpace(value[i + 4]))
        return {};
    i += 4;
    while (i < value.size() && isSpace(value[i]))
        ++i;
    auto start = i;
    while (i < value.size() && !isSpace(value[i]) && value[i] != '(' && value[i] != ')')
        ++i;
    return std::string(value.substr(start, i - start));
}

// The first field with this name that is within kMaxFieldBytes (a longer one is reported and skipped).
bool withinLimit(const mail::HeaderField& field, Findings& issues) {
    if (field.raw.size() <= kMaxFieldBytes)
        return true;
    issues.push_back({"HEADERS-FIELD-TOO-LONG",
                      Severity::Warning,
                      {{"name", std::string(field.name())},
                       {"line", std::to_string(field.line)},
                       {"size", std::to_string(field.raw.size())},
                       {"limit", std::to_string(kMaxFieldBytes)}},
                      {},
                      {{}, field.line, 0},
                      {}});
    return false;
}

void tooManyFields(Findings& issues, std::string_view name, std::size_t count, int line) {
    issues.push_back(
        {"HEADERS-TOO-MANY-FIELDS",
         Severity::Warning,
         {{"name", std::string(name)}, {"count", std::to_string(count)}, {"limit", std::to_string(kMaxFieldsPerName)}},
         {},
         {{}, line, 0},
         {}});
}

void readReceived(HeaderAnalysis& analysis, const mail::MailMessage& message, Findings& issues) {
    auto indexes = message.indexesOf("Received");
    std::size_t read = 0;
    for (auto index : indexes) {
        const auto& field = message.headers()[index];
        if (read == kMaxFieldsPerName) {
            tooManyFields(issues, "Received", indexes.size(), field.line);
            return;
        }
        ++read;
        if (!withinLimit(field, issues))
            continue;
        auto value = field.value();
        auto address = bracketAddress(value);
        if (address.empty())
            continue;
        // The topmost Received line that names a client address is the receiver's own.
        if (analysis.clientIp.empty())
            analysis.clientIp = address;
        if (analysis.helo.empty())
            analysis.helo = fromName(value);
        return;
    }
}

} // namespace

HeaderAnalysis analyseHeaders(std::string_view text) {
    HeaderAnalysis analysis;
    auto refuse = [&](const char* code, std::size_t size, std::size_t limit) {
        analysis.issues.push_back(
            {code, Severity::Error, {{"size", std::to_string(size)}, {"limit", std::to_string(limit)}}, {}, {}, {}});
        return analysis;
    };
    if (text.size() > kMaxMessageBytes)
        return refuse("HEADERS-MESSAGE-TOO-LARGE", text.size(), kMaxMessageBytes);
    auto headerLength = headerBlockLength(text);
    if (headerLength > kMaxHeaderBlockBytes)
        return refuse("HEADERS-HEADER-TOO-LARGE", headerLength, kMaxHeaderBlockBytes);
    // Stray lines can only be in the header block: re-read that alone and attach the body once, so a
    // big body is not copied again for every dropped line.
    analysis.message = parseTolerantly(text.substr(0, headerLength), analysis.issues);
    if (!analysis.message)
        return analysis;
    if (headerLength < text.size())
        analysis.message->setBody(text.substr(text.find('\n', headerLength) + 1));
    const auto& message = *analysis.message;
    const auto& fields = message.headers();

    auto allFrom = message.indexesOf("From");
    std::vector<std::size_t> fromIndexes;
    for (auto index : allFrom)
        if (withinLimit(fields[index], analysis.issues))
            fromIndexes.push_back(index);
    if (allFrom.empty())
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
    if (allFrom.size() > 1 || analysis.fromDomains.size() > 1)
        analysis.issues.push_back({"HEADERS-MULTIPLE-FROM",
                                   Severity::Warning,
                                   {{"count", std::to_string(std::max(allFrom.size(), analysis.fromDomains.size()))}},
                                   {},
                                   {},
                                   {}});
    if (!analysis.fromDomains.empty())
        analysis.fromDomain = analysis.fromDomains.front();

    if (auto returnPath = message.indexesOf("Return-Path");
        !returnPath.empty() && withinLimit(fields[returnPath.front()], analysis.issues)) {
        analysis.returnPath = message.returnPath();
        if (analysis.returnPath)
            analysis.returnPathDomain = mail::domainOf(*analysis.returnPath).value_or("");
    }

    // The field parsers already list at most kMaxProblemsPerField each; this keeps the total bounded.
    std::size_t unlisted = 0;
    auto addIssues = [&](const Findings& found, int line) {
        for (const auto& f : found) {
            if (analysis.issues.size() >= kMaxIssues) {
                ++unlisted;
                continue;
            }
            analysis.issues.push_back(f);
            analysis.issues.back().location.line = line;
        }
    };
    struct Kind {
        const char* name;
        std::size_t count = 0; // fields of this name
        std::size_t read = 0;  // of them analysed
        int firstSkippedLine = 0;
    };
    std::array<Kind, 4> kinds{
        {{"Authentication-Results"}, {"ARC-Authentication-Results"}, {"Received-SPF"}, {"DKIM-Signature"}}};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto& field = fields[i];
        auto kind = std::find_if(kinds.begin(), kinds.end(), [&](const Kind& k) { return field.is(k.name); });
        if (kind == kinds.end())
            continue;
        ++kind->count;
        if (kind->read == kMaxFieldsPerName) {
            if (kind->firstSkippedLine == 0)
                kind->firstSkippedLine = field.line;
            continue;
        }
        ++kind->read;
        if (!withinLimit(field, analysis.issues))
            continue;
        switch (kind - kinds.begin()) {
        case 0:
            analysis.authenticationResults.push_back(parseAuthenticationResults(field.rawValue()));
            addIssues(analysis.authenticationResults.back().issues, field.line);
            break;
        case 1:
            analysis.arcAuthenticationResults.push_back(parseArcAuthenticationResults(field.rawValue()));
            addIssues(analysis.arcAuthenticationResults.back().issues, field.line);
            break;
        case 2:
            analysis.receivedSpf.push_back(parseReceivedSpf(field.rawValue()));
            addIssues(analysis.receivedSpf.back().issues, field.line);
            break;
        default: {
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
            addIssues(info.issues, field.line);
            analysis.dkimSignatures.push_back(std::move(info));
        }
        }
    }
    for (const auto& kind : kinds)
        if (kind.firstSkippedLine > 0)
            tooManyFields(analysis.issues, kind.name, kind.count, kind.firstSkippedLine);

    for (const auto& spf : analysis.receivedSpf) {
        if (analysis.clientIp.empty())
            analysis.clientIp = spf.key("client-ip");
        if (analysis.helo.empty())
            analysis.helo = spf.key("helo");
    }
    readReceived(analysis, message, analysis.issues);

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

    if (analysis.issues.size() > kMaxIssues) {
        unlisted += analysis.issues.size() - kMaxIssues;
        analysis.issues.resize(kMaxIssues);
    }
    if (unlisted > 0)
        analysis.issues.push_back({"HEADERS-MORE-PROBLEMS",
                                   Severity::Warning,
                                   {{"count", std::to_string(unlisted)}, {"limit", std::to_string(kMaxIssues)}},
                                   {},
                                   {},
                                   {}});
    return analysis;
}

} // namespace dmarcplan::headers
