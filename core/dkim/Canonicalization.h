#pragma once
// RFC 6376 §3.4: the "simple" and "relaxed" canonicalisation of header fields and body.

#include "core/mail/MailMessage.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dkim {

enum class Canonicalization { Simple, Relaxed };

std::string_view toString(Canonicalization canon);
// "relaxed" / "simple" (case-insensitive); nullopt otherwise.
std::optional<Canonicalization> canonicalizationFromString(std::string_view text);

struct CanonicalizationPair {
    Canonicalization header = Canonicalization::Relaxed;
    Canonicalization body = Canonicalization::Relaxed;
};
// The c= tag: "relaxed/simple", "relaxed" (body defaults to simple, §3.5), "" (simple/simple).
std::optional<CanonicalizationPair> parseCanonicalizationTag(std::string_view text);
std::string toTag(CanonicalizationPair pair); // "relaxed/relaxed"

// A header field with its CRLF (§3.4.1 simple: unchanged; §3.4.2 relaxed: lower-case name, unfolded,
// whitespace runs made one space, no space around the colon or at the end).
std::string canonicalizeHeader(std::string_view rawField, Canonicalization canon);
// The body (CRLF line ends) canonicalised (§3.4.3 / §3.4.4).
std::string canonicalizeBody(std::string_view body, Canonicalization canon);

// The header part of the signed data (RFC 6376 §5.4.2): for each name in `signedNames`, the last
// not yet used field of that name counted from the bottom, canonicalised; a name with no field left
// contributes nothing (that is how over-signing blocks added fields).
std::string signedHeaderData(const mail::MailMessage& message, const std::vector<std::string>& signedNames,
                             Canonicalization canon);

} // namespace dmarcplan::dkim
