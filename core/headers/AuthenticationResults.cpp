#include "core/headers/AuthenticationResults.h"

#include "core/common/DomainName.h"

#include <algorithm>
#include <cctype>

namespace dmarcplan::headers {

std::string AuthResult::property(std::string_view ptype, std::string_view name) const {
    for (const auto& p : properties)
        if (p.ptype == ptype && p.property == name)
            return p.value;
    return {};
}

const AuthResult* AuthenticationResults::find(std::string_view method) const {
    for (const auto& r : results)
        if (r.method == method)
            return &r;
    return nullptr;
}

namespace {

// Result names per method (RFC 8601 §2.7, RFC 9989 §9.2, RFC 8617 §9.2), to flag typos.
bool knownResult(std::string_view method, std::string_view result) {
    static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> table = {
        {"spf", {"none", "neutral", "pass", "fail", "softfail", "temperror", "permerror", "hardfail", "policy"}},
        {"dkim", {"none", "pass", "fail", "policy", "neutral", "temperror", "permerror"}},
        {"dmarc", {"none", "pass", "fail", "temperror", "permerror", "bestguesspass"}},
        {"arc", {"none", "pass", "fail"}},
        {"iprev", {"pass", "fail", "temperror", "permerror"}},
    };
    for (const auto& [name, results] : table)
        if (name == method)
            return std::find(results.begin(), results.end(), result) != results.end();
    return true;
}

std::string unfold(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    for (char c : value)
        if (c != '\r' && c != '\n')
            out += c == '\t' ? ' ' : c;
    return out;
}

// A recursive-descent reader over the unfolded value that never fails: problems become issues and
// the reader skips to the next ';'.
class Reader {
public:
    explicit Reader(AuthenticationResults& out) : m_out(out), m_text(out.text) {}

    void parse() {
        skipCfws(nullptr);
        auto idStart = m_pos;
        m_out.authservId = value(";");
        if (m_out.authservId.find('=') != std::string::npos) {
            // No authserv-id, the first method straight away (Microsoft 365 writes it this way).
            m_out.authservId.clear();
            m_pos = idStart;
            issue("HEADERS-AR-NO-AUTHSERV-ID", {idStart, idStart});
            resinfo();
        } else if (m_out.authservId.empty()) {
            issue("HEADERS-AR-NO-AUTHSERV-ID", {m_pos, m_pos});
        }
        skipCfws(nullptr);
        if (!atEnd() && peek() != ';') {
            auto start = m_pos;
            auto word = token(";");
            if (!word.empty() && std::all_of(word.begin(), word.end(),
                                             [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
                m_out.version = word;
            else
                unexpected(start);
        }
        while (true) {
            skipCfws(nullptr);
            if (atEnd())
                break;
            if (peek() != ';') {
                unexpected(m_pos);
                continue;
            }
            if (m_out.results.size() >= kMaxResultsPerField) {
                m_out.issues.push_back({"HEADERS-AR-TOO-MANY-RESULTS",
                                        Severity::Warning,
                                        {{"limit", std::to_string(kMaxResultsPerField)}},
                                        {m_pos, m_text.size()},
                                        {},
                                        m_out.text});
                break;
            }
            ++m_pos;
            resinfo();
        }
        if (m_moreProblems > 0)
            m_out.issues.push_back({"HEADERS-FIELD-MORE-PROBLEMS",
                                    Severity::Warning,
                                    {{"count", std::to_string(m_moreProblems)}},
                                    {0, 0},
                                    {},
                                    {}});
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    void issue(const char* code, Span span, MessageParams params = {}) {
        if (m_out.issues.size() >= kMaxProblemsPerField) {
            ++m_moreProblems;
            return;
        }
        m_out.issues.push_back({code, Severity::Warning, std::move(params), span, {}, m_out.text});
    }

    void unexpected(std::size_t start) {
        auto end = m_text.find(';', start);
        if (end == std::string_view::npos)
            end = m_text.size();
        if (end == start)
            end = start + 1;
        issue("HEADERS-AR-UNEXPECTED", {start, end}, {{"text", std::string(m_text.substr(start, end - start))}});
        m_pos = end;
    }

    // CFWS: whitespace and (nested (comments)) with quoted-pairs; comment texts go to `comments`.
    void skipCfws(std::vector<std::string>* comments) {
        while (!atEnd()) {
            if (peek() == ' ') {
                ++m_pos;
                continue;
            }
            if (peek() != '(')
                return;
            auto start = m_pos;
            int depth = 0;
            std::string text;
            while (!atEnd()) {
                char c = m_text[m_pos++];
                if (c == '\\' && !atEnd()) {
                    text += m_text[m_pos++];
                    continue;
                }
                if (c == '(' && depth++ == 0)
                    continue;
                if (c == ')' && --depth == 0)
                    break;
                text += c;
            }
            if (depth > 0)
                issue("HEADERS-AR-UNTERMINATED-COMMENT", {start, m_text.size()});
            if (comments)
                comments->push_back(text);
        }
    }

    // A run of characters up to whitespace, '(', or one of `stops`.
    std::string token(std::string_view stops) {
        auto start = m_pos;
        while (!atEnd() && peek() != ' ' && peek() != '(' && stops.find(peek()) == std::string_view::npos)
            ++m_pos;
        return std::string(m_text.substr(start, m_pos - start));
    }

    // token / quoted-string
    std::string value(std::string_view stops) {
        if (atEnd() || peek() != '"')
            return token(stops);
        auto start = m_pos++;
        std::string out;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            out += m_text[m_pos++];
        }
        if (atEnd())
            issue("HEADERS-AR-UNTERMINATED-QUOTE", {start, m_text.size()});
        else
            ++m_pos;
        return out;
    }

    bool expect(char c) {
        skipCfws(m_comments);
        if (!atEnd() && peek() == c) {
            ++m_pos;
            skipCfws(m_comments);
            return true;
        }
        return false;
    }

    void resinfo() {
        AuthResult result;
        m_comments = &result.comments;
        skipCfws(m_comments);
        if (atEnd() || peek() == ';')
            return; // an empty resinfo (";;" or a trailing ';') is harmless
        auto start = m_pos;
        result.method = toLower(token("=/;"));
        if (result.method == "none" && !expect('=')) {
            m_out.noResult = true; // RFC 8601 no-result
            return;
        }
        if (result.method.empty()) {
            unexpected(start);
            return;
        }
        m_pos = start + result.method.size();
        if (expect('/'))
            result.methodVersion = token("=;");
        if (!expect('=')) {
            issue("HEADERS-AR-NO-RESULT", {start, m_pos}, {{"method", result.method}});
            skipToSemicolon();
            m_out.results.push_back(std::move(result));
            return;
        }
        auto resultStart = m_pos;
        result.result = toLower(token(";"));
        if (result.result.empty() || !knownResult(result.method, result.result))
            issue("HEADERS-AR-UNKNOWN-RESULT", {resultStart, m_pos},
                  {{"method", result.method}, {"result", result.result}});
        properties(result);
        m_out.results.push_back(std::move(result));
    }

    void properties(AuthResult& result) {
        while (true) {
            skipCfws(m_comments);
            if (atEnd() || peek() == ';')
                return;
            auto start = m_pos;
            auto name = toLower(token("=;."));
            if (name == "reason" && expect('=')) {
                result.reason = value(";");
                continue;
            }
            if (expect('.')) // ptype [CFWS] "." [CFWS] property
                name += "." + toLower(token("=;"));
            auto dot = name.find('.');
            if (dot == std::string::npos && !name.empty() && expect('=')) {
                value(";"); // a "name=value" without ptype (e.g. Microsoft's action=none): one issue
                issue("HEADERS-AR-BAD-PROPERTY", {start, m_pos},
                      {{"text", std::string(m_text.substr(start, m_pos - start))}});
                continue;
            }
            if (dot == std::string::npos || dot == 0 || dot + 1 == name.size() || !expect('=')) {
                if (m_pos == start)
                    ++m_pos;
                issue("HEADERS-AR-BAD-PROPERTY", {start, m_pos},
                      {{"text", std::string(m_text.substr(start, m_pos - start))}});
                continue;
            }
            auto pvalue = value(";");
            result.properties.push_back({name.substr(0, dot), name.substr(dot + 1), pvalue});
        }
    }

    void skipToSemicolon() {
        while (!atEnd() && peek() != ';')
            ++m_pos;
    }

    AuthenticationResults& m_out;
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::vector<std::string>* m_comments = nullptr;
    std::size_t m_moreProblems = 0;
};

} // namespace

AuthenticationResults parseAuthenticationResults(std::string_view value) {
    AuthenticationResults out;
    out.text = unfold(value);
    Reader(out).parse();
    return out;
}

AuthenticationResults parseArcAuthenticationResults(std::string_view value) {
    auto text = unfold(value);
    auto semi = text.find(';');
    int instance = 0;
    if (semi != std::string::npos) {
        auto head = text.substr(0, semi);
        head.erase(std::remove(head.begin(), head.end(), ' '), head.end());
        if (head.size() > 2 && (head[0] == 'i' || head[0] == 'I') && head[1] == '=' &&
            std::all_of(head.begin() + 2, head.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            instance = std::stoi(head.substr(2, 3));
    }
    if (instance == 0) {
        auto out = parseAuthenticationResults(value);
        out.issues.push_back({"HEADERS-ARC-NO-INSTANCE", Severity::Warning, {}, {0, 0}, {}, out.text});
        return out;
    }
    auto out = parseAuthenticationResults(text.substr(semi + 1));
    out.instance = instance;
    return out;
}

AuthenticationResults buildAuthenticationResults(std::string_view authservId, const dmarc::EvaluationInput& input,
                                                 const dmarc::Evaluation& evaluation) {
    AuthenticationResults out;
    out.authservId = std::string(authservId);

    AuthResult spf{"spf", {}, std::string(spf::toString(input.spf.result)), {}, {}, {}};
    if (!input.spf.domain.empty())
        spf.properties.push_back({"smtp", input.spf.identity == dmarc::SpfIdentity::Helo ? "helo" : "mailfrom",
                                  normalizeDomain(input.spf.domain)});
    out.results.push_back(spf);

    if (input.dkim.empty())
        out.results.push_back({"dkim", {}, "none", {}, {}, {}});
    for (const auto& sig : input.dkim) {
        AuthResult dkim{"dkim", {}, std::string(dkim::toString(sig.result)), {}, {}, {}};
        dkim.properties.push_back({"header", "d", normalizeDomain(sig.domain)});
        if (!sig.selector.empty())
            dkim.properties.push_back({"header", "s", sig.selector});
        if (!sig.signature.empty()) // RFC 6008: the first 8 characters tell signatures apart
            dkim.properties.push_back({"header", "b", sig.signature.substr(0, 8)});
        out.results.push_back(dkim);
    }

    AuthResult dmarcResult{"dmarc", {}, std::string(dmarc::toString(evaluation.result)), {}, {}, {}};
    if (evaluation.policy) {
        const auto& p = *evaluation.policy;
        auto applied = p.testing ? dmarc::lowerOneStep(p.value) : p.value;
        dmarcResult.comments.push_back(p.tag + "=" + std::string(dmarc::toString(p.value)) +
                                       " dis=" + std::string(dmarc::toString(evaluation.disposition)));
        dmarcResult.properties.push_back({"header", "from", evaluation.fromDomain});
        dmarcResult.properties.push_back({"policy", "dmarc", std::string(dmarc::toString(applied))});
    } else {
        dmarcResult.properties.push_back({"header", "from", evaluation.fromDomain});
    }
    out.results.push_back(dmarcResult);
    return out;
}

namespace {

// A pvalue needs quoting when it is not a plain token (RFC 2045 tspecials) nor a domain or address.
std::string quoteIfNeeded(const std::string& value) {
    bool plain = !value.empty() && std::none_of(value.begin(), value.end(), [](char c) {
        return c == ' ' || c == '"' || c == ';' || c == '(' || c == ')' || c == '\\' || c == ',';
    });
    if (plain)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

} // namespace

std::string formatAuthenticationResults(const AuthenticationResults& results, bool crlf) {
    const char* fold = crlf ? "\r\n\t" : "\n\t";
    std::string out = results.instance > 0 ? "ARC-Authentication-Results: i=" + std::to_string(results.instance) + "; "
                                           : "Authentication-Results: ";
    // RFC 8601 §2.2: authserv-id is a value, a token or a quoted-string ("a;b" must stay one id).
    if (!results.authservId.empty())
        out += quoteIfNeeded(results.authservId);
    if (!results.version.empty())
        out += " " + results.version;
    // "none" beside results (a malformed field the parser kept) must not make the results vanish.
    if (results.results.empty())
        return out + "; none";
    for (const auto& r : results.results) {
        out += ";" + std::string(fold) + r.method;
        if (!r.methodVersion.empty())
            out += "/" + r.methodVersion;
        out += "=" + r.result;
        for (const auto& comment : r.comments)
            out += " (" + comment + ")";
        if (!r.reason.empty())
            out += " reason=" + quoteIfNeeded(r.reason);
        for (const auto& p : r.properties)
            out += " " + p.ptype + "." + p.property + "=" + quoteIfNeeded(p.value);
    }
    return out;
}

} // namespace dmarcplan::headers
