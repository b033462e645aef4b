#pragma once
// Signing (RFC 6376 §5, RFC 8463): rsa-sha256 with RSA keys, ed25519-sha256 with Ed25519 keys.

#include "core/common/Result.h"
#include "core/dkim/Canonicalization.h"
#include "core/dkim/KeyGenerator.h"
#include "core/mail/MailMessage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::dkim {

// Header fields signed when SignOptions::headers is empty, those present in the message only.
const std::vector<std::string>& defaultSignedHeaders();

struct SignOptions {
    std::string domain;                    // d=
    std::string selector;                  // s=
    CanonicalizationPair canonicalization; // c=, relaxed/relaxed by default
    // h=: field names to sign, From required (§5.4). Empty: defaultSignedHeaders() present in the
    // message. Each name is listed once per field present.
    std::vector<std::string> headers;
    // Over-signing: list each name once more than it occurs, so a field added later (a second
    // From, a Subject added by a list) breaks the signature.
    bool overSign = false;
    std::optional<std::size_t> bodyLength; // l=: sign only this many canonical body octets (risky)
    bool timestamp = true;                 // t= from Clock (tests set the clock)
    std::optional<std::int64_t> expiresIn; // x= = t= + this many seconds
    std::string identity;                  // i= (must be at or below d=)
    // rsa-sha1 exists only to produce messages that test RFC 8301 handling; never use it to sign mail.
    HashAlgorithm rsaHash = HashAlgorithm::Sha256;
};

// RFC 6376 §3.1: selector = sub-domain *("." sub-domain), sub-domain as in RFC 5321 §4.1.2 (letters,
// digits and inner hyphens, 1-63 octets). No trailing dot, no empty label, no underscore.
bool isValidSelector(std::string_view selector);

// Smallest RSA key signMessage accepts (RFC 8301 §3.2: signers MUST use at least 1024 bits).
inline constexpr int kMinimumRsaSigningBits = 1024;

// The complete DKIM-Signature header field ("DKIM-Signature: v=1; ..." folded with CRLF, no final
// CRLF). Errors: no From field, From not in the list, missing domain, invalid selector, invalid key,
// an RSA key under kMinimumRsaSigningBits.
Result<std::string> signMessage(const mail::MailMessage& message, const KeyPair& key, const SignOptions& options);
// Signs and prepends the field to the message.
Result<bool> addSignature(mail::MailMessage& message, const KeyPair& key, const SignOptions& options);

} // namespace dmarcplan::dkim
