#include "core/dkim/Crypto.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace dmarcplan::dkim {

namespace {
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;
struct BioDeleter {
    void operator()(BIO* bio) const { BIO_free(bio); }
};

const EVP_MD* md(HashAlgorithm hash) {
    return hash == HashAlgorithm::Sha1 ? EVP_sha1() : EVP_sha256();
}

bool isBase64Char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
} // namespace

PKeyPtr adoptKey(EVP_PKEY* key) {
    return key ? PKeyPtr(key, EVP_PKEY_free) : PKeyPtr();
}

std::string base64Encode(std::string_view data) {
    std::string out(4 * ((data.size() + 2) / 3), '\0');
    int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                            reinterpret_cast<const unsigned char*>(data.data()), static_cast<int>(data.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::string base64Encode(const Bytes& data) {
    return base64Encode(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
}

std::optional<Bytes> base64Decode(std::string_view text) {
    std::string clean;
    clean.reserve(text.size());
    std::size_t padding = 0;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '=') {
            ++padding;
        } else if (!isBase64Char(c) || padding > 0) {
            return std::nullopt; // a data character after '=' or outside the alphabet
        }
        clean += c;
    }
    if (clean.size() % 4 != 0 || padding > 2)
        return std::nullopt;
    if (clean.empty())
        return Bytes{};
    Bytes out(clean.size() / 4 * 3);
    int n = EVP_DecodeBlock(out.data(), reinterpret_cast<const unsigned char*>(clean.data()),
                            static_cast<int>(clean.size()));
    if (n < 0)
        return std::nullopt;
    out.resize(static_cast<std::size_t>(n) - padding); // EVP_DecodeBlock keeps the padding's zero bytes
    return out;
}

struct Hasher::State {
    MdCtx ctx{EVP_MD_CTX_new()};
};

Hasher::Hasher(HashAlgorithm hash) : m_state(std::make_unique<State>()) {
    EVP_DigestInit_ex(m_state->ctx.get(), md(hash), nullptr);
}
Hasher::~Hasher() = default;

void Hasher::update(std::string_view data) {
    EVP_DigestUpdate(m_state->ctx.get(), data.data(), data.size());
}

Bytes Hasher::finish() {
    Bytes out(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_state->ctx.get(), out.data(), &size);
    out.resize(size);
    return out;
}

Bytes digest(HashAlgorithm hash, std::string_view data) {
    Hasher hasher(hash);
    hasher.update(data);
    return hasher.finish();
}

KeyType keyType(const EVP_PKEY* key) {
    if (!key)
        return KeyType::Other;
    if (EVP_PKEY_is_a(key, "RSA"))
        return KeyType::Rsa;
    if (EVP_PKEY_is_a(key, "ED25519"))
        return KeyType::Ed25519;
    return KeyType::Other;
}

int keyBits(const EVP_PKEY* key) {
    return key ? EVP_PKEY_get_bits(key) : 0;
}

std::optional<Bytes> signData(EVP_PKEY* key, HashAlgorithm hash, std::string_view data) {
    MdCtx ctx(EVP_MD_CTX_new());
    Bytes prehash;
    std::string_view input = data;
    const EVP_MD* type = md(hash);
    if (keyType(key) == KeyType::Ed25519) {
        prehash = digest(HashAlgorithm::Sha256, data); // RFC 8463 §3
        input = std::string_view(reinterpret_cast<const char*>(prehash.data()), prehash.size());
        type = nullptr;
    }
    if (EVP_DigestSignInit(ctx.get(), nullptr, type, nullptr, key) != 1)
        return std::nullopt;
    std::size_t size = 0;
    auto in = reinterpret_cast<const unsigned char*>(input.data());
    if (EVP_DigestSign(ctx.get(), nullptr, &size, in, input.size()) != 1)
        return std::nullopt;
    Bytes signature(size);
    if (EVP_DigestSign(ctx.get(), signature.data(), &size, in, input.size()) != 1)
        return std::nullopt;
    signature.resize(size);
    return signature;
}

bool verifyData(EVP_PKEY* key, HashAlgorithm hash, std::string_view data, const Bytes& signature) {
    MdCtx ctx(EVP_MD_CTX_new());
    Bytes prehash;
    std::string_view input = data;
    const EVP_MD* type = md(hash);
    if (keyType(key) == KeyType::Ed25519) {
        prehash = digest(HashAlgorithm::Sha256, data);
        input = std::string_view(reinterpret_cast<const char*>(prehash.data()), prehash.size());
        type = nullptr;
    }
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, type, nullptr, key) != 1) {
        ERR_clear_error();
        return false;
    }
    bool ok = EVP_DigestVerify(ctx.get(), signature.data(), signature.size(),
                               reinterpret_cast<const unsigned char*>(input.data()), input.size()) == 1;
    ERR_clear_error();
    return ok;
}

PKeyPtr rsaPublicKeyFromDer(const Bytes& der, bool* pkcs1) {
    if (pkcs1)
        *pkcs1 = false;
    const unsigned char* p = der.data();
    EVP_PKEY* key = d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size()));
    if (key && p == der.data() + der.size() && EVP_PKEY_is_a(key, "RSA")) {
        ERR_clear_error();
        return adoptKey(key);
    }
    EVP_PKEY_free(key);
    // PKCS#1 RSAPublicKey (bare modulus and exponent), published by some older tools.
    p = der.data();
    key = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, static_cast<long>(der.size()));
    ERR_clear_error();
    if (key && p == der.data() + der.size()) {
        if (pkcs1)
            *pkcs1 = true;
        return adoptKey(key);
    }
    EVP_PKEY_free(key);
    return {};
}

PKeyPtr ed25519PublicKeyFromRaw(const Bytes& raw) {
    if (raw.size() != 32)
        return {};
    auto key = adoptKey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, raw.data(), raw.size()));
    ERR_clear_error();
    return key;
}

Bytes rsaPublicKeyDer(EVP_PKEY* key) {
    unsigned char* out = nullptr;
    int n = i2d_PUBKEY(key, &out);
    if (n <= 0)
        return {};
    Bytes der(out, out + n);
    OPENSSL_free(out);
    return der;
}

Bytes ed25519PublicKeyRaw(EVP_PKEY* key) {
    Bytes raw(32);
    std::size_t size = raw.size();
    if (EVP_PKEY_get_raw_public_key(key, raw.data(), &size) != 1)
        return {};
    raw.resize(size);
    return raw;
}

PKeyPtr privateKeyFromPem(std::string_view pem) {
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, const_cast<char*>(""));
    return adoptKey(key);
}

PKeyPtr ed25519PrivateKeyFromRaw(const Bytes& seed) {
    if (seed.size() != 32)
        return {};
    return adoptKey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size()));
}

std::string privateKeyPkcs8Pem(EVP_PKEY* key) {
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char* data = nullptr;
    long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

std::string lastOpenSslError() {
    unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return "unknown OpenSSL error";
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return buffer;
}

} // namespace dmarcplan::dkim
