#include "core/headers/ReceivedSpf.h"

#include "core/common/DomainName.h"
#include "core/headers/AuthenticationResults.h"

#include <array>

namespace dmarcplan::headers {

std::string ReceivedSpf::key(const std::string& name) const {
    auto it = keys.find(name);
    return it == keys.end() ? std::string() : it->second;
}

bool ReceivedSpf::heloIdentity() const {
    auto identity = toLower(key("identity"));
    if (identity == "helo")
        return true;
    auto from = key("envelope-from");
    return identity.empty() && (from.empty() || from == "<>") && !key("helo").empty();
}

std::string ReceivedSpf::checkedDomain() const {
    if (heloIdentity())
        return normalizeDomain(key("helo"));
    auto from = key("envelope-from");
    if (!from.empty() && from.front() == '<' && from.back() == '>')
        from = from.substr(1, from.size() - 2);
    auto at = from.rfind('@');
    return normalizeDomain(at == std::string::npos ? from : from.substr(at + 1));
}

ReceivedSpf parseReceivedSpf(std::string_view value) {
    ReceivedSpf out;
    for (char c : value)
        if (c != '\r' && c != '\n')
            out.text += c == '\t' ? ' ' : c;
    const std::string& t = out.text;
    std::size_t moreProblems = 0;
    auto issue = [&](const char* code, MessageParams params, Span span) {
        if (out.issues.size() >= kMaxProblemsPerField)
            ++moreProblems;
        else
            out.issues.push_back({code, Severity::Warning, std::move(params), span, {}, out.text});
    };
    std::size_t pos = 0;
    auto skipSpaces = [&] {
        while (pos < t.size() && t[pos] == ' ')
            ++pos;
    };
    skipSpaces();
    auto start = pos;
    while (pos < t.size() && t[pos] != ' ' && t[pos] != '(' && t[pos] != ';')
        ++pos;
    out.result = toLower(t.substr(start, pos - start));
    static constexpr std::array<std::string_view, 7> results = {"pass", "fail",      "softfail", "neutral",
                                                                "none", "temperror", "permerror"};
    bool known = false;
    for (auto r : results)
        known = known || out.result == r;
    if (!known)
        issue("HEADERS-RECEIVED-SPF-RESULT", {{"result", out.result}}, {start, pos});
    // comments, then key=value pairs separated by ';' (RFC 7208 §9.1 key-value-list)
    while (pos < t.size()) {
        skipSpaces();
        if (pos >= t.size())
            break;
        if (t[pos] == '(') {
            int depth = 0;
            auto commentStart = pos;
            std::string text;
            for (; pos < t.size(); ++pos) {
                if (t[pos] == '(' && depth++ == 0)
                    continue;
                if (t[pos] == ')' && --depth == 0) {
                    ++pos;
                    break;
                }
                text += t[pos];
            }
            if (depth > 0)
                issue("HEADERS-AR-UNTERMINATED-COMMENT", {}, {commentStart, t.size()});
            if (out.comment.empty())
                out.comment = text;
            continue;
        }
        if (t[pos] == ';') {
            ++pos;
            continue;
        }
        auto keyStart = pos;
        while (pos < t.size() && t[pos] != '=' && t[pos] != ';' && t[pos] != ' ')
            ++pos;
        auto key = toLower(t.substr(keyStart, pos - keyStart));
        skipSpaces();
        if (pos >= t.size() || t[pos] != '=') {
            issue("HEADERS-RECEIVED-SPF-BAD-KEY", {{"text", key}}, {keyStart, pos});
            while (pos < t.size() && t[pos] != ';')
                ++pos;
            continue;
        }
        ++pos;
        skipSpaces();
        std::string val;
        if (pos < t.size() && t[pos] == '"') {
            ++pos;
            while (pos < t.size() && t[pos] != '"') {
                if (t[pos] == '\\' && pos + 1 < t.size())
                    ++pos;
                val += t[pos++];
            }
            ++pos;
        } else {
            while (pos < t.size() && t[pos] != ';' && t[pos] != ' ')
                val += t[pos++];
        }
        out.keys[key] = val;
    }
    if (moreProblems > 0)
        out.issues.push_back({"HEADERS-FIELD-MORE-PROBLEMS",
                              Severity::Warning,
                              {{"count", std::to_string(moreProblems)}},
                              {0, 0},
                              {},
                              {}});
    return out;
}

} // namespace dmarcplan::headers
