#pragma once
// A lint finding: the shape shared by the SPF, DKIM and DMARC linters and the zone linter.

#include "core/common/Message.h"

#include <cstddef>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan {

enum class Severity { Info, Warning, Error };

std::string_view toString(Severity severity);

// Half-open character range [begin, end) in the record text the finding is about.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool operator==(const Span&) const = default;
};

// Where a record came from when it was read from a file (zone lint); empty file = not from a file.
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
};

// The text of the record a finding's span refers to. Copies share one immutable string: a linter
// gives every finding about a record the same RecordText, so a 62 kB record with thousands of
// findings costs one copy of the record, not one per finding. Reads like a const std::string.
class RecordText {
public:
    RecordText() = default;
    RecordText(std::string text); // NOLINT(google-explicit-constructor): assigned from strings everywhere
    RecordText(const char* text) : RecordText(std::string(text)) {}

    const std::string& str() const;
    operator const std::string&() const { return str(); } // NOLINT(google-explicit-constructor)
    bool empty() const { return !m_text || m_text->empty(); }
    std::size_t size() const { return m_text ? m_text->size() : 0; }
    std::string substr(std::size_t pos, std::size_t count = std::string::npos) const {
        return str().substr(pos, count);
    }
    // Whether both share one string (cheaper than comparing the text).
    bool sameAs(const RecordText& other) const { return m_text && m_text == other.m_text; }

    friend bool operator==(const RecordText& a, const RecordText& b) { return a.sameAs(b) || a.str() == b.str(); }
    // One overload per kind of text, so that comparing with a std::string or a literal is never ambiguous.
    friend bool operator==(const RecordText& a, std::string_view b) { return a.str() == b; }
    friend bool operator==(const RecordText& a, const std::string& b) { return a.str() == b; }
    friend bool operator==(const RecordText& a, const char* b) { return a.str() == b; }

private:
    std::shared_ptr<const std::string> m_text;
};

struct Finding {
    std::string code; // stable, e.g. "SPF-LOOKUP-LIMIT"; the key into the MessageCatalogue
    Severity severity = Severity::Info;
    MessageParams params; // values substituted into the catalogue's message and fix texts
    Span span;
    SourceLocation location;
    RecordText record; // the record the span refers to (may be empty); shared, not copied

    std::string message() const; // English message from the catalogue
    std::string fix() const;     // English suggested fix from the catalogue (may be empty)
};

using Findings = std::vector<Finding>;

bool hasErrors(const Findings& findings);

// JSON shape shared by every command: {code, severity, message, span:[b,e], fix, params, (file, line)}
nlohmann::json toJson(const Finding& finding);
nlohmann::json toJson(const Findings& findings);
// The records an enclosing JSON object already shows once (a report's `record`): findings about them
// leave out their own `record` and point into it by `span`, so a record with thousands of findings is
// printed once. Findings about one record share its text, so each text is compared once.
class PrintedRecords {
public:
    explicit PrintedRecords(std::vector<std::string_view> printed) : m_printed(std::move(printed)) {}
    bool contains(const RecordText& record);

private:
    std::vector<std::string_view> m_printed;
    std::vector<RecordText> m_matched;
};

nlohmann::json toJson(const Finding& finding, PrintedRecords& printed);
nlohmann::json toJson(const Findings& findings, const std::vector<std::string_view>& printed);

} // namespace dmarcplan
