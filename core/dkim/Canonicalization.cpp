#include "core/dkim/Canonicalization.h"

#include "core/common/DomainName.h"

namespace dmarcplan::dkim {

namespace {
bool isWsp(char c) {
    return c == ' ' || c == '\t';
}

// Appends text with CR/LF removed, every run of WSP made one space and WSP at the end dropped;
// WSP at the start is dropped too when `keepLeading` is false (header values, §3.4.2).
void appendCompressed(std::string& out, std::string_view text, bool keepLeading) {
    bool pendingSpace = false;
    bool started = keepLeading;
    for (char c : text) {
        if (c == '\r' || c == '\n')
            continue;
        if (isWsp(c)) {
            pendingSpace = started;
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        started = true;
        out += c;
    }
}
} // namespace

std::string_view toString(Canonicalization canon) {
    return canon == Canonicalization::Simple ? "simple" : "relaxed";
}

std::optional<Canonicalization> canonicalizationFromString(std::string_view text) {
    if (equalsIgnoreCase(text, "simple"))
        return Canonicalization::Simple;
    if (equalsIgnoreCase(text, "relaxed"))
        return Canonicalization::Relaxed;
    return std::nullopt;
}

std::optional<CanonicalizationPair> parseCanonicalizationTag(std::string_view text) {
    CanonicalizationPair pair{Canonicalization::Simple, Canonicalization::Simple};
    if (text.empty())
        return pair;
    auto slash = text.find('/');
    auto header = canonicalizationFromString(text.substr(0, slash));
    if (!header)
        return std::nullopt;
    pair.header = *header;
    if (slash != std::string_view::npos) {
        auto body = canonicalizationFromString(text.substr(slash + 1));
        if (!body)
            return std::nullopt;
        pair.body = *body;
    }
    return pair;
}

std::string toTag(CanonicalizationPair pair) {
    return std::string(toString(pair.header)) + "/" + std::string(toString(pair.body));
}

std::string canonicalizeHeader(std::string_view rawField, Canonicalization canon) {
    if (canon == Canonicalization::Simple)
        return std::string(rawField) + "\r\n";
    auto colon = rawField.find(':');
    std::string out;
    out.reserve(rawField.size() + 2);
    auto name = rawField.substr(0, colon);
    while (!name.empty() && isWsp(name.back()))
        name.remove_suffix(1);
    out += toLower(name);
    out += ':';
    if (colon != std::string_view::npos)
        appendCompressed(out, rawField.substr(colon + 1), false);
    out += "\r\n";
    return out;
}

std::string canonicalizeBody(std::string_view body, Canonicalization canon) {
    std::string out;
    out.reserve(body.size() + 2);
    if (canon == Canonicalization::Simple) {
        out.assign(body);
    } else {
        // Per line: drop whitespace at the end, make inner whitespace runs one space.
        std::size_t start = 0;
        while (start < body.size()) {
            auto end = body.find("\r\n", start);
            bool hasEnd = end != std::string_view::npos;
            auto line = body.substr(start, hasEnd ? end - start : std::string_view::npos);
            appendCompressed(out, line, true);
            if (!hasEnd)
                break;
            out += "\r\n";
            start = end + 2;
        }
    }
    // A final line without CRLF gets one (§3.4.3/§3.4.4), then empty lines at the end are removed.
    if (!out.empty() && (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0))
        out += "\r\n";
    while (out.size() >= 4 && out.compare(out.size() - 4, 4, "\r\n\r\n") == 0)
        out.resize(out.size() - 2);
    if (out == "\r\n" && canon == Canonicalization::Relaxed)
        out.clear(); // relaxed: an empty body is empty (RFC 6376 erratum 1384)
    if (out.empty() && canon == Canonicalization::Simple)
        out = "\r\n"; // simple: an empty body is one CRLF
    return out;
}

std::string signedHeaderData(const mail::MailMessage& message, const std::vector<std::string>& signedNames,
                             Canonicalization canon) {
    const auto& headers = message.headers();
    std::vector<bool> used(headers.size(), false);
    std::string out;
    for (const auto& name : signedNames) {
        for (std::size_t i = headers.size(); i-- > 0;) {
            if (!used[i] && headers[i].is(name)) {
                used[i] = true;
                out += canonicalizeHeader(headers[i].raw, canon);
                break;
            }
        }
    }
    return out;
}

} // namespace dmarcplan::dkim
