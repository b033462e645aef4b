#pragma once
// A lint finding: the shape shared by the SPF, DKIM and DMARC linters and the zone linter.

#include "core/common/Message.h"

#include <cstddef>
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

struct Finding {
    std::string code; // stable, e.g. "SPF-LOOKUP-LIMIT"; the key into the MessageCatalogue
    Severity severity = Severity::Info;
    MessageParams params; // values substituted into the catalogue's message and fix texts
    Span span;
    SourceLocation location;
    std::string record; // the record the span refers to (may be empty)

    std::string message() const; // English message from the catalogue
    std::string fix() const;     // English suggested fix from the catalogue (may be empty)
};

using Findings = std::vector<Finding>;

bool hasErrors(const Findings& findings);

// JSON shape shared by every command: {code, severity, message, span:[b,e], fix, params, (file, line)}
nlohmann::json toJson(const Finding& finding);
nlohmann::json toJson(const Findings& findings);

} // namespace dmarcplan
