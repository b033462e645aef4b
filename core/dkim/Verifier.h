#pragma once
// Verification of every DKIM-Signature in a message (RFC 6376 §6, RFC 8463, RFC 8301). Keys are
// fetched through dns::Resolver (zone files, the simulator's overlay, live DNS) and kept parsed per
// (selector, domain) for the Verifier's lifetime, so verifying many variants of a message parses
// each key once. A Verifier may be used from several threads at once.

#include "core/common/Message.h"
#include "core/dns/Resolver.h"
#include "core/mail/MailMessage.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::dkim {

struct KeyLookup;

// RFC 8601 §2.7.1 result names.
enum class VerifyResult { Pass, Fail, Neutral, TempError, PermError, None };
std::string_view toString(VerifyResult result);

enum class VerifyReason {
    None,                 // pass
    NoSignature,          // none: the message has no DKIM-Signature
    SignatureSyntax,      // neutral: malformed tag list, missing required tag, bad base64, bad l=/t=/x=
    UnsupportedVersion,   // neutral: v= is not 1
    UnknownAlgorithm,     // neutral: a= not rsa-sha256, rsa-sha1 or ed25519-sha256
    FromNotSigned,        // neutral: h= lacks From (§5.4 MUST)
    IdentityMismatch,     // neutral: i= not at or below d= (§3.5); or key t=s with a subdomain i=
    Expired,              // permerror: x= is in the past (§3.5, §6.1.1)
    KeyNotFound,          // permerror: no TXT record at selector._domainkey.domain
    KeyRevoked,           // permerror: p= is empty (§3.6.1)
    KeySyntax,            // permerror: the record is not a usable key record
    KeyAlgorithmMismatch, // permerror: k= does not fit a=
    KeyHashNotAllowed,    // permerror: the record's h= excludes the hash of a=
    KeyServiceMismatch,   // permerror: the record's s= does not cover email
    BodyLengthInvalid,    // permerror: l= is larger than the body
    DnsTempError,         // temperror: the key could not be fetched now
    KeyTooSmall,          // fail: RSA key under 1024 bits (RFC 8301 §3.2)
    WeakAlgorithm,        // fail: rsa-sha1 (RFC 8301 §3.1: MUST NOT be considered valid)
    BodyHashMismatch,     // fail: the body changed
    SignatureMismatch,    // fail: the signed header fields changed, or the wrong key
};
std::string_view toString(VerifyReason reason); // snake_case, e.g. "body_hash_mismatch"
VerifyResult resultFor(VerifyReason reason);

struct SignatureCheck {
    VerifyResult result = VerifyResult::None;
    VerifyReason reason = VerifyReason::NoSignature;
    std::size_t headerIndex = 0;             // index of the DKIM-Signature field in the message's headers
    std::string domain;                      // d=
    std::string selector;                    // s=
    std::string algorithm;                   // a=
    std::string identity;                    // i= (default "@" + d=)
    std::string canonicalization;            // c= as "header/body"
    std::vector<std::string> signedHeaders;  // h=
    std::optional<std::uint64_t> bodyLength; // l=
    std::optional<std::int64_t> timestamp;   // t=
    std::optional<std::int64_t> expiration;  // x=
    int keyBits = 0;                         // of the key used (0 when none was found)
    bool keyTesting = false;                 // the key record has t=y
    std::vector<Message> notes;              // what else a reader should know (l= used, sha1, ...)

    // The catalogue message explaining result and reason (code DKIM-VERIFY-<REASON>).
    Message explanation() const;
};

nlohmann::json toJson(const SignatureCheck& check);

// none when there are no signatures; pass when one passes; otherwise the first of temperror,
// fail, permerror, neutral found.
VerifyResult overallResult(const std::vector<SignatureCheck>& checks);

class Verifier {
public:
    explicit Verifier(dns::ResolverPtr resolver);
    ~Verifier();

    // One entry per DKIM-Signature field, top to bottom (empty when there is none). t=/x= are judged
    // against dmarcplan::Clock.
    std::vector<SignatureCheck> verify(const mail::MailMessage& message) const;
    // Checks the DKIM-Signature field at `headerIndex`.
    SignatureCheck verifyField(const mail::MailMessage& message, std::size_t headerIndex) const;

    void clearKeyCache();

private:
    std::shared_ptr<const KeyLookup> lookupKey(const std::string& selector, const std::string& domain) const;

    dns::ResolverPtr m_resolver;
    mutable std::mutex m_mutex;
    mutable std::map<std::string, std::shared_ptr<const KeyLookup>> m_keys;
};

} // namespace dmarcplan::dkim
