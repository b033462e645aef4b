#pragma once
// The RFC 7208 §4.5/§12 grammar: a record is "v=spf1" followed by terms separated by spaces; each term
// is a mechanism (with qualifier, target domain-spec, CIDR lengths) or a modifier. Every term keeps its
// span in the record text, and a syntax error names the position where it is.

#include "core/common/Finding.h"
#include "core/common/Message.h"
#include "core/spf/Address.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace dmarcplan::spf {

enum class Qualifier { Pass, Fail, SoftFail, Neutral }; // + - ~ ?

enum class MechanismKind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };

enum class ModifierKind { Redirect, Exp, Unknown };

std::string_view toString(MechanismKind kind); // "all", "include", ...
char qualifierChar(Qualifier qualifier);       // '+', '-', '~', '?'

struct Mechanism {
    Qualifier qualifier = Qualifier::Pass;
    bool explicitQualifier = false;
    MechanismKind kind = MechanismKind::All;
    std::string domainSpec;           // macro-string as written; empty = the current domain (a, mx, ptr)
    std::optional<IpAddress> network; // ip4/ip6
    std::optional<int> cidr4;         // ip4 and a/mx "/n"
    std::optional<int> cidr6;         // ip6 and a/mx "//n"

    bool causesDnsLookup() const; // include, a, mx, ptr, exists (RFC 7208 §4.6.4)
    int prefix4() const { return cidr4.value_or(32); }
    int prefix6() const { return cidr6.value_or(128); }
};

struct Modifier {
    ModifierKind kind = ModifierKind::Unknown;
    std::string name;  // as written
    std::string value; // macro-string as written
};

struct Term {
    Span span; // of the whole term in the record text
    std::string text;
    std::variant<Mechanism, Modifier> body;

    const Mechanism* mechanism() const { return std::get_if<Mechanism>(&body); }
    const Modifier* modifier() const { return std::get_if<Modifier>(&body); }
};

struct Record {
    std::string text;
    std::vector<Term> terms;

    const Modifier* redirect() const;
    const Modifier* exp() const;
    bool hasAll() const;
    // Index of the term a modifier points to (for spans); npos if absent.
    const Term* findModifier(ModifierKind kind) const;
};

// A syntax error: a catalogue code (SPF-SYNTAX-...), its parameters and the span it is about.
struct ParseError {
    std::string code;
    MessageParams params;
    Span span;
};

struct ParseOutcome {
    std::optional<Record> record;
    std::optional<ParseError> error;
    bool ok() const { return record.has_value(); }
};

// RFC 7208 §4.5: a record is an SPF record when it starts with "v=spf1" followed by a space or its end.
bool isSpfRecord(std::string_view text);

// Parses a whole record (the joined TXT strings). Stops at the first error.
ParseOutcome parseRecord(std::string_view text);

// Checks a macro-string (RFC 7208 §7.1). `explanation` allows the c, r, t letters and spaces (the
// explain-string of an exp= TXT record). Returns the error's code and its offset within `text`.
std::optional<ParseError> checkMacroString(std::string_view text, bool explanation = false);

// true when a macro-string contains a macro expansion (%{...}); %%, %_ and %- are not counted.
bool hasMacros(std::string_view macroString);

} // namespace dmarcplan::spf
