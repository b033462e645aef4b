#pragma once
// Reads a whole message or only its header block and explains, method by method, what the receiving
// server recorded (Authentication-Results, ARC-Authentication-Results, Received-SPF) and what it means
// for the sender. Header-block parsing is core/mail's MailMessage; lines it cannot read are dropped
// and flagged so the rest is still analysed. Explanations are catalogue codes (context "Headers").

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
