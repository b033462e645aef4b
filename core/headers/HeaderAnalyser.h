#pragma once
// Reads a whole message or only its header block and explains, method by method, what the receiving
// server recorded (Authentication-Results, ARC-Authentication-Results, Received-SPF) and what it means
// for the sender. Header-block parsing is core/mail's MailMessage; lines it cannot read are dropped
// and flagged so the rest is still analysed. Explanations are catalogue codes (context "Headers").
//
// Hostile input (issue 14): every scanner here is a linear hand-written loop (no std::regex, whose
// backtracking recursed once per character and overflowed the stack on a long Received field), and
// the input is bounded by the limits below. Real header blocks are 30-100 KB with fields of a few KB;
// the limits are far above that, and reaching one always adds a finding: nothing is cut silently.

#include "core/common/Finding.h"
#include "core/common/Message.h"
#include "core/headers/AuthenticationResults.h"
#include "core/headers/ReceivedSpf.h"
#include "core/mail/MailMessage.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::headers {

// Larger input is not analysed at all (HEADERS-MESSAGE-TOO-LARGE, error): a message with attachments
// is well below it, and the analysis keeps about four copies of what it reads.
inline constexpr std::size_t kMaxMessageBytes = 32 * 1024 * 1024;
// A larger header block (everything before the first empty line) is not analysed (HEADERS-HEADER-TOO-LARGE).
inline constexpr std::size_t kMaxHeaderBlockBytes = 2 * 1024 * 1024;
// A field the analyser reads (From, Return-Path, Received, Authentication-Results,
// ARC-Authentication-Results, Received-SPF, DKIM-Signature) that is longer, folding included, is
// skipped with HEADERS-FIELD-TOO-LONG; each of its problems would carry a copy of its text.
inline constexpr std::size_t kMaxFieldBytes = 64 * 1024;
// Fields of one of those names beyond this many are not analysed (HEADERS-TOO-MANY-FIELDS). The number
// is RFC 5321 section 6.3's: a relay treats more than 100 Received fields as a mail loop.
inline constexpr std::size_t kMaxFieldsPerName = 100;
// Lines that are not header fields dropped before giving up (HEADERS-TOO-MANY-UNPARSABLE-LINES).
inline constexpr std::size_t kMaxUnparsableLines = 50;
// Problems listed in HeaderAnalysis::issues; the rest are counted in one HEADERS-MORE-PROBLEMS.
inline constexpr std::size_t kMaxIssues = 200;
// The text of a dropped line quoted in HEADERS-LINE-UNPARSABLE is cut after this many bytes (with "...").
inline constexpr std::size_t kMaxQuotedLineBytes = 200;

struct DkimSignatureInfo {
    std::size_t headerIndex = 0;
    std::string domain;    // d=
    std::string selector;  // s=
    std::string algorithm; // a=
    std::string signature; // b= without whitespace
    Findings issues;       // HEADERS-DKIM-SIGNATURE-* (missing d= or s=, tag-list syntax)
};

struct Explanation {
    std::string source; // "Authentication-Results", "ARC-Authentication-Results", "Received-SPF"
    std::string authservId;
    std::string method; // "spf", "dkim", "dmarc", "arc", ...
    std::string result;
    Message message;            // what was recorded and what it means
    std::vector<Message> notes; // alignment with From and other remarks
};

struct HeaderAnalysis {
    std::optional<mail::MailMessage> message; // what could be parsed (for --recheck)
    std::vector<std::string> fromDomains;     // one per mailbox in From
    std::string fromDomain;                   // the first of them
    std::optional<std::string> returnPath;    // "" for <>
    std::string returnPathDomain;
    std::string clientIp; // from Received-SPF client-ip, else the first Received line with [address]
    std::string helo;     // from Received-SPF helo, else the first Received "from NAME"
    std::vector<AuthenticationResults> authenticationResults; // top to bottom
    std::vector<AuthenticationResults> arcAuthenticationResults;
    std::vector<ReceivedSpf> receivedSpf;
    std::vector<DkimSignatureInfo> dkimSignatures;
    std::vector<Explanation> explanations;
    Findings issues; // HEADERS-* problems found while reading (with the field's line)
};

HeaderAnalysis analyseHeaders(std::string_view text);

} // namespace dmarcplan::headers
