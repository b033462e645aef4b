#pragma once
// An RFC 5322 message as DKIM sees it: header fields kept exactly as they were written (name, colon,
// value and folding), so canonicalisation works on the real bytes, and the body as text. Lines end in
// CRLF inside the model whatever the input used (RFC 5322 §2.1; DKIM hashes CRLF lines, RFC 6376 §3.4).
//
// The model is mutable so that the simulator can do to a message what an intermediary does (prefix the
// Subject, rewrite From, add a footer, re-fold a header) and check which signatures survive.

#include "core/common/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::mail {

struct HeaderField {
    // The whole field without its final CRLF: "Subject: hello\r\n world" (folding lines joined by CRLF).
    std::string raw;
    int line = 0; // 1-based line where the field started in the parsed text; 0 when added in code

    // Field name as written (no trailing whitespace before the colon).
    std::string_view name() const;
    // Everything after the colon, unchanged (folding CRLFs and leading space included).
    std::string_view rawValue() const;
    // Value unfolded (CRLF removed) with leading and trailing whitespace trimmed.
    std::string value() const;
    bool is(std::string_view fieldName) const; // case-insensitive name comparison

    // "Name: value"; a value that contains line breaks must already be folded (CRLF followed by WSP).
    static HeaderField make(std::string_view name, std::string_view value);
};

enum class LineEnding { Crlf, Lf };

class MailMessage {
public:
    // Parses a message with CRLF or LF line ends (mixed too). Never throws: a header line that is
    // neither a field nor a continuation is an InputError naming its line. A message with no empty
    // line has no body.
    static Result<MailMessage> parse(std::string_view text, const std::string& source = "message");

    const std::vector<HeaderField>& headers() const { return m_headers; }
    // Indexes of the fields with this name, top to bottom.
    std::vector<std::size_t> indexesOf(std::string_view name) const;
    // Unfolded value of the first field with this name.
    std::optional<std::string> header(std::string_view name) const;
    std::size_t count(std::string_view name) const;

    // Adds a field at the bottom of the header (after every other field).
    void addHeader(std::string_view name, std::string_view value);
    // Adds a field at the top, as trace fields and DKIM-Signature are added (RFC 5322 §3.6).
    void prependHeader(std::string_view name, std::string_view value);
    void prependRawHeader(std::string raw); // "Name: value" possibly folded with CRLF or LF
    // Replaces the value of the first field of that name (adds one at the bottom when missing).
    void setHeader(std::string_view name, std::string_view value);
    // Replaces the field at `index` with a raw field text.
    void replaceHeader(std::size_t index, std::string raw);
    // Removes every field with this name; returns how many were removed.
    std::size_t removeHeaders(std::string_view name);
    // Folds the field at `index` again at whitespace so that lines stay within `width` characters
    // (what some relays do; it breaks "simple" header canonicalisation, not "relaxed").
    void refoldHeader(std::size_t index, std::size_t width = 40);

    bool hasBody() const { return m_hasBody; }
    const std::string& body() const { return m_body; } // CRLF line ends
    void setBody(std::string_view body);               // LF or CRLF accepted, stored as CRLF
    void appendToBody(std::string_view text);          // a mailing-list footer, for example

    std::string toString(LineEnding ending = LineEnding::Crlf) const;

    // The addr-spec of the first mailbox in From ("joe@example.com"), if there is one.
    std::optional<std::string> fromAddress() const;
    // Lower-cased domain of fromAddress().
    std::optional<std::string> fromDomain() const;
    // The address inside Return-Path's angle brackets; "" for the null path "<>".
    std::optional<std::string> returnPath() const;

private:
    std::vector<HeaderField> m_headers;
    std::string m_body;
    bool m_hasBody = false;
};

// Converts LF and lone-CR-free text to CRLF line ends (bare LF -> CRLF; existing CRLF kept).
std::string toCrlf(std::string_view text);

// The addr-spec in an address header value: the first <...> if any, otherwise the first token
// containing '@' with comments removed. Returns nullopt when there is no address.
std::optional<std::string> extractAddress(std::string_view value);
// Part after the last '@', lower-cased; nullopt when there is none.
std::optional<std::string> domainOf(std::string_view address);

} // namespace dmarcplan::mail
