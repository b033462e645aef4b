#include "core/dkim/Verifier.h"

#include "core/common/Clock.h"
#include "core/common/DomainName.h"
#include "core/dkim/Canonicalization.h"
#include "core/dkim/KeyRecord.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

namespace dmarcplan::dkim {

struct KeyLookup {
    dns::Status status = dns::Status::NxDomain;
    std::string error;
    std::vector<KeyRecord> records; // every TXT record at the name, parsed
};

std::string_view toString(VerifyResult result) {
    switch (result) {
    case VerifyResult::Pass:
        return "pass";
    case VerifyResult::Fail:
        return "fail";
    case VerifyResult::Neutral:
        return "neutral";
    case VerifyResult::TempError:
        return "temperror";
    case VerifyResult::PermError:
        return "permerror";
    case VerifyResult::None:
        return "none";
    }
    return "none";
}

std::string_view toString(VerifyReason reason) {
    switch (reason) {
    case VerifyReason::None:
        return "none";
    case VerifyReason::NoSignature:
        return "no_signature";
    case VerifyReason::SignatureSyntax:
        return "signature_syntax";
    case VerifyReason::UnsupportedVersion:
        return "unsupported_version";
    case VerifyReason::UnknownAlgorithm:
        return "unknown_algorithm";
    case VerifyReason::FromNotSigned:
        return "from_not_signed";
    case VerifyReason::IdentityMismatch:
        return "identity_mismatch";
    case VerifyReason::Expired:
        return "expired";
    case VerifyReason::KeyNotFound:
        return "key_not_found";
    case VerifyReason::KeyRevoked:
        return "key_revoked";
    case VerifyReason::KeySyntax:
        return "key_syntax";
    case VerifyReason::KeyAlgorithmMismatch:
        return "key_algorithm_mismatch";
    case VerifyReason::KeyHashNotAllowed:
        return "key_hash_not_allowed";
    case VerifyReason::KeyServiceMismatch:
        return "key_service_mismatch";
    case VerifyReason::BodyLengthInvalid:
        return "body_length_invalid";
    case VerifyReason::DnsTempError:
        return "dns_temperror";
    case VerifyReason::KeyTooSmall:
        return "key_too_small";
    case VerifyReason::WeakAlgorithm:
        return "weak_algorithm";
    case VerifyReason::BodyHashMismatch:
        return "body_hash_mismatch";
    case VerifyReason::SignatureMismatch:
        return "signature_mismatch";
    }
    return "none";
}

VerifyResult resultFor(VerifyReason reason) {
    switch (reason) {
    case VerifyReason::None:
        return VerifyResult::Pass;
    case VerifyReason::NoSignature:
        return VerifyResult::None;
    case VerifyReason::SignatureSyntax:
    case VerifyReason::UnsupportedVersion:
    case VerifyReason::UnknownAlgorithm:
    case VerifyReason::FromNotSigned:
    case VerifyReason::IdentityMismatch:
        return VerifyResult::Neutral;
    case VerifyReason::Expired:
    case VerifyReason::KeyNotFound:
    case VerifyReason::KeyRevoked:
    case VerifyReason::KeySyntax:
    case VerifyReason::KeyAlgorithmMismatch:
    case VerifyReason::KeyHashNotAllowed:
    case VerifyReason::KeyServiceMismatch:
    case VerifyReason::BodyLengthInvalid:
        return VerifyResult::PermError;
    case VerifyReason::DnsTempError:
        return VerifyResult::TempError;
    case VerifyReason::KeyTooSmall:
    case VerifyReason::WeakAlgorithm:
    case VerifyReason::BodyHashMismatch:
    case VerifyReason::SignatureMismatch:
        return VerifyResult::Fail;
    }
    return VerifyResult::Neutral;
}

Message SignatureCheck::explanation() const {
    std::string code = "DKIM-VERIFY-";
    for (char c : toString(reason))
        code += c == '_' ? '-' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return Message{
        code,
        {{"domain", domain}, {"selector", selector}, {"algorithm", algorithm}, {"bits", std::to_string(keyBits)}}};
}

nlohmann::json toJson(const SignatureCheck& check) {
    nlohmann::json notes = nlohmann::json::array();
    for (const auto& note : check.notes)
        notes.push_back({{"code", note.code}, {"message", note.text()}});
    nlohmann::json j = {{"domain", check.domain},
                        {"selector", check.selector},
                        {"algorithm", check.algorithm},
                        {"result", toString(check.result)},
                        {"reason", toString(check.reason)},
                        {"explanation", check.explanation().text()},
                        {"identity", check.identity},
                        {"canonicalization", check.canonicalization},
                        {"signed_headers", check.signedHeaders},
                        {"key_bits", check.keyBits},
                        {"key_testing", check.keyTesting},
                        {"notes", notes}};
    if (check.bodyLength)
        j["body_length"] = *check.bodyLength;
    if (check.timestamp)
        j["timestamp"] = *check.timestamp;
    if (check.expiration)
        j["expiration"] = *check.expiration;
    return j;
}

VerifyResult overallResult(const std::vector<SignatureCheck>& checks) {
    if (checks.empty())
        return VerifyResult::None;
    for (auto wanted : {VerifyResult::Pass, VerifyResult::TempError, VerifyResult::Fail, VerifyResult::PermError,
                        VerifyResult::Neutral})
        for (const auto& check : checks)
            if (check.result == wanted)
                return wanted;
    return VerifyResult::None;
}

Verifier::Verifier(dns::ResolverPtr resolver) : m_resolver(std::move(resolver)) {}
Verifier::~Verifier() = default;

void Verifier::clearKeyCache() {
    std::lock_guard lock(m_mutex);
    m_keys.clear();
}

std::shared_ptr<const KeyLookup> Verifier::lookupKey(const std::string& selector, const std::string& domain) const {
    auto name = toLower(selector) + "._domainkey." + normalizeDomain(domain);
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_keys.find(name); it != m_keys.end())
            return it->second;
    }
    auto lookup = std::make_shared<KeyLookup>();
    auto answer = m_resolver->query(name, dns::RecordType::TXT);
    lookup->status = answer.status;
    lookup->error = answer.error;
    for (const auto& value : answer.values())
        lookup->records.push_back(parseKeyRecord(value));
    std::lock_guard lock(m_mutex);
    return m_keys.emplace(name, std::move(lookup)).first->second;
}

namespace {

std::optional<std::int64_t> parseNumber(const std::optional<std::string>& text) {
    if (!text)
        return std::nullopt;
    auto clean = stripWhitespace(*text);
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), value);
    if (clean.empty() || ec != std::errc() || ptr != clean.data() + clean.size() || value < 0)
        return std::nullopt;
    return value;
}

// The field with the value of b= removed (§3.7: "with the value of the b= tag (including all
// surrounding whitespace) deleted").
std::string withoutSignatureValue(const std::string& raw, const TagList& tags) {
    auto colon = raw.find(':');
    const auto* b = tags.find("b");
    if (!b || colon == std::string::npos)
        return raw;
    auto valueStart = raw.find('=', colon + 1 + b->nameSpan.end) + 1;
    auto valueEnd = raw.find(';', valueStart);
    if (valueEnd == std::string::npos)
        valueEnd = raw.size();
    return raw.substr(0, valueStart) + raw.substr(valueEnd);
}

SignatureCheck finish(SignatureCheck check, VerifyReason reason) {
    check.reason = reason;
    check.result = resultFor(reason);
    return check;
}

} // namespace

std::vector<SignatureCheck> Verifier::verify(const mail::MailMessage& message) const {
    std::vector<SignatureCheck> checks;
    for (auto index : message.indexesOf("DKIM-Signature"))
        checks.push_back(verifyField(message, index));
    return checks;
}

SignatureCheck Verifier::verifyField(const mail::MailMessage& message, std::size_t headerIndex) const {
    SignatureCheck check;
    check.headerIndex = headerIndex;
    if (headerIndex >= message.headers().size() || !message.headers()[headerIndex].is("DKIM-Signature"))
        return finish(check, VerifyReason::NoSignature);
    const auto& field = message.headers()[headerIndex];
    auto tags = parseTagList(field.rawValue());
    check.domain = normalizeDomain(stripWhitespace(tags.value("d").value_or("")));
    check.selector = stripWhitespace(tags.value("s").value_or(""));
    check.algorithm = toLower(stripWhitespace(tags.value("a").value_or("")));
    for (const auto& name : splitColonList(tags.value("h").value_or("")))
        check.signedHeaders.push_back(toLower(name));

    // §6.1.1: required tags, values that parse, consistency.
    if (!tags.problems.empty())
        return finish(check, VerifyReason::SignatureSyntax);
    for (const char* required : {"v", "a", "b", "bh", "d", "h", "s"})
        if (!tags.find(required))
            return finish(check, VerifyReason::SignatureSyntax);
    if (stripWhitespace(*tags.value("v")) != "1")
        return finish(check, VerifyReason::UnsupportedVersion);
    HashAlgorithm hash = HashAlgorithm::Sha256;
    KeyType wantedKey = KeyType::Rsa;
    if (check.algorithm == "rsa-sha1")
        hash = HashAlgorithm::Sha1;
    else if (check.algorithm == "ed25519-sha256")
        wantedKey = KeyType::Ed25519;
    else if (check.algorithm != "rsa-sha256")
        return finish(check, VerifyReason::UnknownAlgorithm);
    auto canon = parseCanonicalizationTag(stripWhitespace(tags.value("c").value_or("")));
    if (!canon)
        return finish(check, VerifyReason::SignatureSyntax);
    check.canonicalization = toTag(*canon);
    if (std::find(check.signedHeaders.begin(), check.signedHeaders.end(), "from") == check.signedHeaders.end())
        return finish(check, VerifyReason::FromNotSigned);
    if (check.domain.empty() || check.selector.empty())
        return finish(check, VerifyReason::SignatureSyntax);
    check.identity = stripWhitespace(tags.value("i").value_or("@" + check.domain));
    auto at = check.identity.rfind('@');
    if (at == std::string::npos || !isSubdomainOf(check.identity.substr(at + 1), check.domain))
        return finish(check, VerifyReason::IdentityMismatch);
    if (tags.find("l")) {
        auto l = parseNumber(tags.value("l"));
        if (!l)
            return finish(check, VerifyReason::SignatureSyntax);
        check.bodyLength = static_cast<std::uint64_t>(*l);
    }
    if (tags.find("t") && !(check.timestamp = parseNumber(tags.value("t"))))
        return finish(check, VerifyReason::SignatureSyntax);
    if (tags.find("x") && !(check.expiration = parseNumber(tags.value("x"))))
        return finish(check, VerifyReason::SignatureSyntax);
    if (check.timestamp && check.expiration && *check.expiration < *check.timestamp)
        return finish(check, VerifyReason::SignatureSyntax); // §3.5: x= MUST be greater than t=
    auto signature = base64Decode(*tags.value("b"));
    auto bodyHash = base64Decode(*tags.value("bh"));
    if (!signature || !bodyHash || signature->empty())
        return finish(check, VerifyReason::SignatureSyntax);
    auto now = Clock::unixNow();
    if (check.expiration && *check.expiration < now)
        return finish(check, VerifyReason::Expired);
    if (check.timestamp && *check.timestamp > now + 300)
        check.notes.push_back({"DKIM-NOTE-FUTURE-TIMESTAMP", {{"timestamp", std::to_string(*check.timestamp)}}});

    // §6.1.2: the key.
    auto lookup = lookupKey(check.selector, check.domain);
    if (lookup->status == dns::Status::TempError)
        return finish(check, VerifyReason::DnsTempError);
    if (lookup->status != dns::Status::Records)
        return finish(check, VerifyReason::KeyNotFound);
    // Several records: use the first one that is a DKIM key record (§6.1.2 leaves the choice open).
    const KeyRecord* record = nullptr;
    for (const auto& candidate : lookup->records) {
        if (candidate.hasP && (candidate.version.empty() || candidate.version == "DKIM1")) {
            record = &candidate;
            break;
        }
    }
    if (!record)
        return finish(check, VerifyReason::KeySyntax);
    check.keyTesting = record->testing();
    if (check.keyTesting)
        check.notes.push_back({"DKIM-NOTE-KEY-TESTING", {}});
    if (record->revoked)
        return finish(check, VerifyReason::KeyRevoked);
    if (record->keyType != (wantedKey == KeyType::Rsa ? "rsa" : "ed25519"))
        return finish(check, VerifyReason::KeyAlgorithmMismatch);
    if (!record->allowsHash(hash == HashAlgorithm::Sha1 ? "sha1" : "sha256"))
        return finish(check, VerifyReason::KeyHashNotAllowed);
    if (!record->allowsEmail())
        return finish(check, VerifyReason::KeyServiceMismatch);
    if (!record->key)
        return finish(check, VerifyReason::KeySyntax);
    if (record->strictIdentity() && normalizeDomain(check.identity.substr(at + 1)) != check.domain)
        return finish(check, VerifyReason::IdentityMismatch);
    if (record->pkcs1)
        check.notes.push_back({"DKIM-NOTE-PKCS1-KEY", {}});
    check.keyBits = keyBits(record->key.get());

    // §6.1.3: body hash, then the header hash and signature.
    auto body = canonicalizeBody(message.body(), canon->body);
    if (check.bodyLength) {
        if (*check.bodyLength > body.size())
            return finish(check, VerifyReason::BodyLengthInvalid);
        if (*check.bodyLength < body.size())
            check.notes.push_back(
                {"DKIM-NOTE-BODY-LENGTH",
                 {{"signed", std::to_string(*check.bodyLength)}, {"total", std::to_string(body.size())}}});
        body.resize(*check.bodyLength);
    }
    bool bodyOk = digest(hash, body) == *bodyHash;
    bool signatureOk = false;
    if (bodyOk) {
        auto data = signedHeaderData(message, check.signedHeaders, canon->header);
        auto self = canonicalizeHeader(withoutSignatureValue(field.raw, tags), canon->header);
        data.append(self, 0, self.size() - 2);
        signatureOk = verifyData(record->key.get(), hash, data, *signature);
    }
    // RFC 8301 §3.2: RSA keys under 1024 bits MUST NOT be considered valid; §3.1: neither rsa-sha1.
    if (wantedKey == KeyType::Rsa && check.keyBits < 1024)
        return finish(check, VerifyReason::KeyTooSmall);
    if (hash == HashAlgorithm::Sha1) {
        check.notes.push_back({bodyOk && signatureOk ? "DKIM-NOTE-SHA1-WOULD-PASS" : "DKIM-NOTE-SHA1-BROKEN", {}});
        return finish(check, VerifyReason::WeakAlgorithm);
    }
    if (!bodyOk)
        return finish(check, VerifyReason::BodyHashMismatch);
    if (!signatureOk)
        return finish(check, VerifyReason::SignatureMismatch);
    return finish(check, VerifyReason::None);
}

} // namespace dmarcplan::dkim
