#pragma once
// RFC 6376 §3.2 tag=value lists, shared by DKIM-Signature fields and key records. The parser keeps
// positions so the linter can point at the exact tag, and reports problems instead of failing.

#include "core/common/Finding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dkim {

struct Tag {
    std::string name;  // as written (tag names are case-sensitive, §3.2)
    std::string value; // whitespace at both ends removed; inner folding kept
    Span nameSpan;
    Span valueSpan;
    Span span; // the whole tag-spec, name to end of value
};

struct TagListProblem {
    enum Kind { MissingEquals, BadName, BadValueChar, Duplicate, EmptySpec } kind;
    Span span;
    std::string tag; // the tag name concerned (empty when there is none)
};

struct TagList {
    std::vector<Tag> tags;
    std::vector<TagListProblem> problems;

    // First tag with this name (duplicates are a problem, §3.2 "MUST be treated as an error").
    const Tag* find(std::string_view name) const;
    std::optional<std::string> value(std::string_view name) const;
};

TagList parseTagList(std::string_view text);

// Removes every whitespace character (FWS inside base64 values, §3.5 b= and bh=).
std::string stripWhitespace(std::string_view text);

} // namespace dmarcplan::dkim
