#include "core/dmarc/Parser.h"

#include "core/common/DomainName.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

namespace dmarcplan::dmarc {

std::string_view toString(Policy policy) {
    switch (policy) {
    case Policy::None:
        return "none";
    case Policy::Quarantine:
        return "quarantine";
    case Policy::Reject:
        return "reject";
    }
    return "none";
}

std::optional<Policy> policyFromString(std::string_view text) {
    if (equalsIgnoreCase(text, "none"))
        return Policy::None;
    if (equalsIgnoreCase(text, "quarantine"))
        return Policy::Quarantine;
    if (equalsIgnoreCase(text, "reject"))
        return Policy::Reject;
    return std::nullopt;
}

std::string_view toString(AlignmentMode mode) {
    return mode == AlignmentMode::Strict ? "s" : "r";
}

Policy lowerOneStep(Policy policy) {
    switch (policy) {
    case Policy::Reject:
        return Policy::Quarantine;
    case Policy::Quarantine:
    case Policy::None:
        return Policy::None;
    }
    return Policy::None;
}

const Tag* Record::find(std::string_view name) const {
    for (const auto& tag : tags)
        if (tag.name == name)
            return &tag;
    return nullptr;
}

bool Record::hasValidRua() const {
    return std::any_of(rua.begin(), rua.end(), [](const ReportUri& uri) { return uri.valid; });
}

namespace {

bool isWsp(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Trims WSP on both sides of [begin, end) of text; returns the trimmed range.
Span trim(std::string_view text, std::size_t begin, std::size_t end) {
    while (begin < end && isWsp(text[begin]))
        ++begin;
    while (end > begin && isWsp(text[end - 1]))
        --end;
    return {begin, end};
}

std::string_view slice(std::string_view text, Span span) {
    return text.substr(span.begin, span.end - span.begin);
}

bool allAlpha(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

const char* const kKnownTags[] = {"v",    "p",  "sp",  "np",  "psd", "t",  "adkim",
                                  "aspf", "fo", "rua", "ruf", "pct", "rf", "ri"};

bool isKnownTag(std::string_view name) {
    return std::any_of(std::begin(kKnownTags), std::end(kKnownTags), [&](const char* t) { return name == t; });
}

class RecordParser {
public:
    explicit RecordParser(std::string_view text) { m_result.record.text = std::string(text); }

    ParseResult run() {
        splitTags();
        checkVersion();
        for (const auto& tag : m_result.record.tags)
            if (!m_seen.insert(tag.name).second)
                add("DMARC-DUPLICATE-TAG", Severity::Error, tag.span, {{"tag", tag.name}});
            else
                applyTag(tag);
        return std::move(m_result);
    }

private:
    Record& record() { return m_result.record; }
    std::string_view text() const { return m_result.record.text; }

    void add(const char* code, Severity severity, Span span, MessageParams params = {}) {
        if (m_sharedText.empty())
            m_sharedText = m_result.record.text; // one copy for all the record's findings
        m_result.findings.push_back({code, severity, std::move(params), span, {}, m_sharedText});
    }

    void splitTags() {
        std::size_t start = 0;
        const auto size = text().size();
        while (start <= size) {
            auto semi = text().find(';', start);
            auto end = semi == std::string_view::npos ? size : semi;
            auto piece = trim(text(), start, end);
            if (piece.end > piece.begin) {
                auto eq = text().find('=', piece.begin);
                if (eq == std::string_view::npos || eq >= piece.end) {
                    add("DMARC-SYNTAX", Severity::Error, piece, {{"text", std::string(slice(text(), piece))}});
                } else {
                    auto nameSpan = trim(text(), piece.begin, eq);
                    auto valueSpan = trim(text(), eq + 1, piece.end);
                    auto name = slice(text(), nameSpan);
                    if (!allAlpha(name))
                        add("DMARC-SYNTAX", Severity::Error, piece, {{"text", std::string(slice(text(), piece))}});
                    else
                        record().tags.push_back(
                            {toLower(name), std::string(slice(text(), valueSpan)), piece, valueSpan});
                }
            }
            if (semi == std::string_view::npos)
                break;
            start = semi + 1;
        }
    }

    // RFC 9989 §4.7 (v): MUST be the first tag, value "DMARC1" case-sensitive, else ignore the record.
    void checkVersion() {
        const auto& tags = record().tags;
        auto first = trim(text(), 0, text().size());
        if (!tags.empty() && tags.front().name == "v" && tags.front().span.begin == first.begin) {
            if (tags.front().value == "DMARC1") {
                record().hasVersion = true;
                m_result.isDmarc = true;
            } else {
                add("DMARC-VERSION-INVALID", Severity::Error, tags.front().valueSpan, {{"value", tags.front().value}});
            }
            return;
        }
        for (const auto& tag : tags)
            if (tag.name == "v") {
                add("DMARC-VERSION-NOT-FIRST", Severity::Error, tag.span);
                return;
            }
        add("DMARC-NO-VERSION", Severity::Error, {0, text().size()});
    }

    void invalid(const Tag& tag, const char* expected) {
        add("DMARC-INVALID-VALUE", Severity::Error, tag.valueSpan,
            {{"tag", tag.name}, {"value", tag.value}, {"expected", expected}});
    }

    std::optional<Policy> policyValue(const Tag& tag, bool& invalidFlag) {
        auto policy = policyFromString(tag.value);
        if (!policy) {
            invalidFlag = true;
            invalid(tag, "none, quarantine or reject");
        }
        return policy;
    }

    void applyTag(const Tag& tag) {
        auto& r = record();
        const auto lower = toLower(tag.value);
        if (tag.name == "v") {
            return; // checked in checkVersion
        } else if (tag.name == "p") {
            r.p = policyValue(tag, r.pInvalid);
        } else if (tag.name == "sp") {
            r.sp = policyValue(tag, r.spInvalid);
        } else if (tag.name == "np") {
            r.np = policyValue(tag, r.npInvalid);
        } else if (tag.name == "psd") {
            if (lower == "y")
                r.psd = PsdFlag::Yes;
            else if (lower == "n")
                r.psd = PsdFlag::No;
            else if (lower != "u")
                invalid(tag, "y, n or u");
        } else if (tag.name == "t") {
            if (lower == "y" || lower == "n")
                r.testing = lower == "y";
            else
                invalid(tag, "y or n");
        } else if (tag.name == "adkim" || tag.name == "aspf") {
            auto& mode = tag.name == "adkim" ? r.adkim : r.aspf;
            if (lower == "r" || lower == "s")
                mode = lower == "s" ? AlignmentMode::Strict : AlignmentMode::Relaxed;
            else
                invalid(tag, "r (relaxed) or s (strict)");
        } else if (tag.name == "fo") {
            parseFo(tag, lower);
        } else if (tag.name == "rua" || tag.name == "ruf") {
            parseUris(tag, tag.name == "rua" ? r.rua : r.ruf);
        } else if (tag.name == "pct") {
            int value = -1;
            auto [ptr, ec] = std::from_chars(tag.value.data(), tag.value.data() + tag.value.size(), value);
            if (ec != std::errc() || ptr != tag.value.data() + tag.value.size() || value < 0 || value > 100)
                invalid(tag, "a whole number from 0 to 100");
            else
                r.pct = value;
        } else if (tag.name == "rf" || tag.name == "ri") {
            // RFC 9989 removed both (§9 lists them as historic; receivers ignore them), so neither
            // value has a syntax left to break: both get the same info-level DMARC-LEGACY-* from the
            // linter and nothing more. (ri= used to get an error for a value that was not a number.)
            if (tag.name == "rf") {
                r.rf = tag.value;
            } else {
                long long value = 0;
                auto [ptr, ec] = std::from_chars(tag.value.data(), tag.value.data() + tag.value.size(), value);
                if (ec == std::errc() && ptr == tag.value.data() + tag.value.size() && value >= 0)
                    r.ri = value;
            }
        } else if (!isKnownTag(tag.name)) {
            // RFC 9989 §4.7: unknown tags MUST be ignored.
            add("DMARC-UNKNOWN-TAG", Severity::Warning, tag.span, {{"tag", tag.name}});
        }
    }

    // RFC 9989 §4.8 dmarc-fo: 0 / 1 / d / s separated by ':', with 0 and 1 mutually exclusive.
    void parseFo(const Tag& tag, const std::string& lower) {
        std::vector<std::string> options;
        std::size_t start = 0;
        bool bad = false;
        while (true) {
            auto colon = lower.find(':', start);
            auto option = lower.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
            auto trimmed = std::string(slice(option, trim(option, 0, option.size())));
            if (trimmed != "0" && trimmed != "1" && trimmed != "d" && trimmed != "s")
                bad = true;
            else if (std::find(options.begin(), options.end(), trimmed) == options.end())
                options.push_back(trimmed);
            if (colon == std::string::npos)
                break;
            start = colon + 1;
        }
        if (bad) {
            invalid(tag, "0, 1, d or s separated by colons");
            return;
        }
        auto has = [&](const char* o) { return std::find(options.begin(), options.end(), o) != options.end(); };
        if (has("0") && has("1"))
            add("DMARC-FO-CONFLICT", Severity::Error, tag.valueSpan, {{"value", tag.value}});
        record().fo = options;
    }

    void parseUris(const Tag& tag, std::vector<ReportUri>& out) {
        std::size_t start = tag.valueSpan.begin;
        while (start <= tag.valueSpan.end) {
            auto comma = text().find(',', start);
            auto end = (comma == std::string_view::npos || comma > tag.valueSpan.end) ? tag.valueSpan.end : comma;
            auto span = trim(text(), start, end);
            if (span.end > span.begin)
                out.push_back(parseUri(tag, span));
            else
                add("DMARC-URI-INVALID", Severity::Error, tag.valueSpan, {{"tag", tag.name}, {"uri", ""}});
            if (end == tag.valueSpan.end)
                break;
            start = end + 1;
        }
    }

    ReportUri parseUri(const Tag& tag, Span span) {
        ReportUri uri;
        uri.span = span;
        std::string written(slice(text(), span));
        // Obsolete size limit: "!" 1*DIGIT [k/m/g/t] at the end (RFC 9989 §4.8 obs-dmarc-report-size).
        if (auto bang = written.rfind('!'); bang != std::string::npos) {
            auto suffix = written.substr(bang + 1);
            auto digits = suffix;
            if (!digits.empty() && std::string_view("kmgtKMGT").find(digits.back()) != std::string_view::npos)
                digits.pop_back();
            if (!digits.empty() && std::all_of(digits.begin(), digits.end(),
                                               [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
                uri.sizeLimit = suffix;
                written.resize(bang);
                add("DMARC-URI-SIZE-LIMIT", Severity::Warning, span,
                    {{"tag", tag.name}, {"uri", written}, {"size", suffix}});
            }
        }
        uri.uri = written;
        auto colon = written.find(':');
        bool schemeOk = colon != std::string::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(written[0]));
        for (std::size_t i = 0; schemeOk && i < colon; ++i) {
            auto c = static_cast<unsigned char>(written[i]);
            schemeOk = std::isalnum(c) || c == '+' || c == '-' || c == '.';
        }
        if (!schemeOk) {
            add("DMARC-URI-INVALID", Severity::Error, span, {{"tag", tag.name}, {"uri", written}});
            return uri;
        }
        uri.scheme = toLower(written.substr(0, colon));
        if (uri.scheme != "mailto") {
            uri.valid = colon + 1 < written.size();
            add("DMARC-URI-NOT-MAILTO", Severity::Warning, span, {{"tag", tag.name}, {"uri", written}});
            return uri;
        }
        auto address = written.substr(colon + 1);
        if (auto query = address.find('?'); query != std::string::npos)
            address.resize(query);
        auto at = address.find('@');
        bool ok = at != std::string::npos && at > 0 && address.find('@', at + 1) == std::string::npos &&
                  address.find_first_of(" \t<>\"") == std::string::npos && isValidDomainName(address.substr(at + 1)) &&
                  address.substr(at + 1).find('.') != std::string::npos;
        if (!ok) {
            add("DMARC-URI-INVALID", Severity::Error, span, {{"tag", tag.name}, {"uri", written}});
            return uri;
        }
        uri.address = address;
        uri.domain = normalizeDomain(address.substr(at + 1));
        uri.valid = true;
        return uri;
    }

    ParseResult m_result;
    std::set<std::string> m_seen;
    RecordText m_sharedText;
};

} // namespace

ParseResult parseRecord(std::string_view text) {
    return RecordParser(text).run();
}

bool looksLikeDmarcRecord(std::string_view text) {
    auto semi = text.find(';');
    auto first = text.substr(0, semi);
    auto eq = first.find('=');
    if (eq == std::string_view::npos)
        return false;
    auto name = slice(first, trim(first, 0, eq));
    auto value = slice(first, trim(first, eq + 1, first.size()));
    return (name == "v" || name == "V") && value == "DMARC1";
}

} // namespace dmarcplan::dmarc
