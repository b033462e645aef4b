#pragma once
// DKIM key pairs: generated with OpenSSL 3 (RSA 1024..4096, Ed25519 per RFC 8463) or loaded from a
// PEM file, and the records to publish for them. A KeyPair holds the parsed EVP_PKEY, so signing
// many messages with one key never parses it again; copies share it (it is immutable, so threads may
// sign with the same KeyPair at once).

#include "core/common/Finding.h"
#include "core/common/Result.h"
#include "core/dkim/Crypto.h"

#include <future>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dkim {

enum class KeyAlgorithm { Rsa, Ed25519 };

std::string_view toString(KeyAlgorithm algorithm); // "rsa", "ed25519" (the k= values)

class KeyPair {
public:
    KeyPair() = default;
    // Reads a private key in PEM (PKCS#8, or the traditional "RSA PRIVATE KEY" form).
    static Result<KeyPair> fromPem(std::string_view pem, const std::string& source = "key");
    static Result<KeyPair> load(const std::string& path);
    // Wraps an existing key (RSA or Ed25519 private key); an invalid one gives an empty KeyPair.
    static KeyPair fromKey(PKeyPtr key);

    bool valid() const { return static_cast<bool>(m_key); }
    KeyAlgorithm algorithm() const;
    int bits() const; // RSA modulus size; 256 for Ed25519
    EVP_PKEY* native() const { return m_key.get(); }

    std::string privateKeyPem() const;   // PKCS#8 PEM ("BEGIN PRIVATE KEY")
    std::string publicKeyBase64() const; // the p= value: SPKI DER (RSA) or the raw 32 bytes (Ed25519)
    std::string record() const;          // "v=DKIM1; k=rsa; p=..."
    // record() cut into character-strings of at most 255 octets (RFC 1035 §3.3.14, RFC 6376 §3.6.2.2).
    std::vector<std::string> recordStrings() const;
    // "S._domainkey.D. 3600 IN TXT ( "..." "..." )" for a zone file.
    std::string zoneLine(std::string_view selector, std::string_view domain, unsigned ttl = 3600) const;

    // Writes privateKeyPem() atomically with mode 0600; refuses to replace a file unless `overwrite`.
    Result<bool> writePrivateKey(const std::string& path, bool overwrite = false) const;

private:
    PKeyPtr m_key;
};

struct KeySpec {
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa;
    int bits = 2048; // RSA only: 1024 (weak), 2048, 3072, 4096
};

// Advice for a key specification: DKIM-KEYGEN-RSA-1024 (warning) for 1024-bit RSA, and
// DKIM-KEYGEN-DUAL-SIGN (info): sign with both RSA and Ed25519, since many receivers ignore Ed25519.
Findings keyAdvice(const KeySpec& spec);

class KeyGenerator {
public:
    // Generates a key pair. RSA 4096 takes seconds: `stop` cancels it (OpenSSL's key generation
    // callback stops the prime search), and the result is then an InputError "cancelled".
    static Result<KeyPair> generate(const KeySpec& spec, std::stop_token stop = {});

    // Generation on a thread of its own, for user interfaces: keep the Job, poll or wait on `result`,
    // call cancel() to stop it early (result then holds the "cancelled" error).
    struct Job {
        std::future<Result<KeyPair>> result;
        std::stop_source stop;
        void cancel() { stop.request_stop(); }
    };
    static Job start(const KeySpec& spec);
};

// Message of the error generate() returns when it was cancelled.
inline constexpr const char* kKeyGenerationCancelled = "key generation cancelled";

} // namespace dmarcplan::dkim
