#pragma once
// The OpenSSL pieces DKIM needs, wrapped once: base64, digests, keys held as shared EVP_PKEY, and
// raw sign/verify. Everything returns values; nothing here throws on bad input.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;

namespace dmarcplan::dkim {

using Bytes = std::vector<std::uint8_t>;

// A parsed key shared between copies (KeyPair, the verifier's key cache): parsing happens once.
using PKeyPtr = std::shared_ptr<EVP_PKEY>;
PKeyPtr adoptKey(EVP_PKEY* key);

std::string base64Encode(const Bytes& data);
std::string base64Encode(std::string_view data);
// Decodes base64 ignoring whitespace (RFC 6376 §2.4: FWS may appear anywhere in b=, bh=, p=).
// nullopt when the text is not valid base64 (bad character, bad padding or length).
std::optional<Bytes> base64Decode(std::string_view text);

enum class HashAlgorithm { Sha1, Sha256 };
Bytes digest(HashAlgorithm hash, std::string_view data);

// Incremental digest for hashing canonicalised pieces without building one big string.
class Hasher {
public:
    explicit Hasher(HashAlgorithm hash);
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;
    void update(std::string_view data);
    Bytes finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

enum class KeyType { Rsa, Ed25519, Other };
KeyType keyType(const EVP_PKEY* key);
int keyBits(const EVP_PKEY* key);

// RSA: PKCS#1 v1.5 signature over the message hashed with `hash`. Ed25519: RFC 8463 §3 signs the
// SHA-256 hash of the canonicalised data (PureEdDSA over that hash), `hash` must be Sha256.
std::optional<Bytes> signData(EVP_PKEY* key, HashAlgorithm hash, std::string_view data);
bool verifyData(EVP_PKEY* key, HashAlgorithm hash, std::string_view data, const Bytes& signature);

// Public keys as DKIM publishes them in p=: RSA SubjectPublicKeyInfo DER (PKCS#1 RSAPublicKey is
// accepted too and reported through `pkcs1`), Ed25519 the raw 32 bytes (RFC 8463 §4).
PKeyPtr rsaPublicKeyFromDer(const Bytes& der, bool* pkcs1 = nullptr);
PKeyPtr ed25519PublicKeyFromRaw(const Bytes& raw);
Bytes rsaPublicKeyDer(EVP_PKEY* key);     // SubjectPublicKeyInfo DER
Bytes ed25519PublicKeyRaw(EVP_PKEY* key); // 32 bytes

// Private keys: PEM in PKCS#8 or traditional (PKCS#1 "RSA PRIVATE KEY") form.
PKeyPtr privateKeyFromPem(std::string_view pem);
PKeyPtr ed25519PrivateKeyFromRaw(const Bytes& seed); // RFC 8032 32-byte secret (RFC 8463 A.1)
std::string privateKeyPkcs8Pem(EVP_PKEY* key);

// The last OpenSSL error as text (for InputError messages), and clears the queue.
std::string lastOpenSslError();

} // namespace dmarcplan::dkim
