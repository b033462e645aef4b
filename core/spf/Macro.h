#pragma once
// RFC 7208 §7: macro-strings. One scanner is shared by the parser (syntax) and the evaluator
// (expansion), so both read a macro-string the same way.

#include "core/spf/Address.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace dmarcplan::spf {

struct MacroToken {
    enum class Kind { Literal, Expand, Percent, Space, EncodedSpace }; // text, %{..}, %%, %_, %-
    Kind kind = Kind::Literal;
    std::size_t offset = 0; // in the macro-string
    std::size_t length = 0;
    std::string_view literal;    // Literal only
    char letter = 0;             // Expand: lower-case macro letter
    bool urlEscape = false;      // Expand: the letter was upper case (§7.3: URL-escape the value)
    int keep = 0;                // Expand: DIGIT transformer, 0 = all parts
    bool reverse = false;        // Expand: "r" transformer
    std::string_view delimiters; // Expand: as written; empty = "."
};

// Calls `onToken` for each token in order. Returns the offset of the first syntax error, or nullopt.
// `explanation`: the explain-string of exp= (§6.2), where spaces and the c, r, t letters are allowed.
std::optional<std::size_t> scanMacroString(std::string_view text, bool explanation,
                                           const std::function<void(const MacroToken&)>& onToken);

// What the macro letters stand for during one check_host() evaluation.
struct MacroContext {
    IpAddress ip;
    std::string_view sender;                    // s
    std::string_view localPart;                 // l
    std::string_view senderDomain;              // o
    std::string_view domain;                    // d
    std::string_view helo;                      // h
    std::string_view receiver;                  // r
    std::int64_t now = 0;                       // t
    std::function<std::string()> validatedName; // p (does DNS lookups; called only when used)
};

// Expands a macro-string; nullopt when it is not syntactically valid.
std::optional<std::string> expandMacroString(std::string_view text, const MacroContext& context, bool explanation);

// RFC 7208 §7.3: an expanded domain name over 253 characters loses labels on the left until it fits.
std::string truncateDomain(std::string name);

} // namespace dmarcplan::spf
