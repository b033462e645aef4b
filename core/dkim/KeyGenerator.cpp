#include "core/dkim/KeyGenerator.h"

#include "core/common/AtomicFile.h"
#include "core/dns/Answer.h"

#include <fstream>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <sstream>

namespace dmarcplan::dkim {

std::string_view toString(KeyAlgorithm algorithm) {
    return algorithm == KeyAlgorithm::Rsa ? "rsa" : "ed25519";
}

Result<KeyPair> KeyPair::fromPem(std::string_view pem, const std::string& source) {
    auto key = privateKeyFromPem(pem);
    if (!key)
        return InputError{source, 0, 0, "not a PEM private key: " + lastOpenSslError()};
    auto pair = fromKey(std::move(key));
    if (!pair.valid())
        return InputError{source, 0, 0, "the key is neither RSA nor Ed25519"};
    return pair;
}

Result<KeyPair> KeyPair::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot read the key file"};
    std::ostringstream text;
    text << in.rdbuf();
    return fromPem(text.str(), path);
}

KeyPair KeyPair::fromKey(PKeyPtr key) {
    KeyPair pair;
    if (keyType(key.get()) != KeyType::Other)
        pair.m_key = std::move(key);
    return pair;
}

KeyAlgorithm KeyPair::algorithm() const {
    return keyType(m_key.get()) == KeyType::Ed25519 ? KeyAlgorithm::Ed25519 : KeyAlgorithm::Rsa;
}

int KeyPair::bits() const {
    return keyBits(m_key.get());
}

std::string KeyPair::privateKeyPem() const {
    return m_key ? privateKeyPkcs8Pem(m_key.get()) : std::string();
}

std::string KeyPair::publicKeyBase64() const {
    if (!m_key)
        return {};
    return base64Encode(algorithm() == KeyAlgorithm::Rsa ? rsaPublicKeyDer(m_key.get())
                                                         : ed25519PublicKeyRaw(m_key.get()));
}

std::string KeyPair::record() const {
    return "v=DKIM1; k=" + std::string(toString(algorithm())) + "; p=" + publicKeyBase64();
}

std::vector<std::string> KeyPair::recordStrings() const {
    auto text = record();
    std::vector<std::string> strings;
    for (std::size_t i = 0; i < text.size(); i += 255)
        strings.push_back(text.substr(i, 255));
    return strings;
}

std::string KeyPair::zoneLine(std::string_view selector, std::string_view domain, unsigned ttl) const {
    std::string line =
        std::string(selector) + "._domainkey." + std::string(domain) + ". " + std::to_string(ttl) + " IN TXT (";
    for (const auto& s : recordStrings())
        line += " \"" + s + "\"";
    return line + " )";
}

Result<bool> KeyPair::writePrivateKey(const std::string& path, bool overwrite) const {
    return writeFileAtomically(path, privateKeyPem(), {0600, overwrite, false});
}

Findings keyAdvice(const KeySpec& spec) {
    Findings findings;
    if (spec.algorithm == KeyAlgorithm::Rsa && spec.bits < 2048)
        findings.push_back(
            {"DKIM-KEYGEN-RSA-1024", Severity::Warning, {{"bits", std::to_string(spec.bits)}}, {}, {}, {}});
    findings.push_back(
        {"DKIM-KEYGEN-DUAL-SIGN", Severity::Info, {{"algorithm", std::string(toString(spec.algorithm))}}, {}, {}, {}});
    return findings;
}

namespace {
struct CtxDeleter {
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};

// OpenSSL calls this during the prime search; returning 0 aborts the generation.
int keygenCallback(EVP_PKEY_CTX* ctx) {
    auto* stop = static_cast<std::stop_token*>(EVP_PKEY_CTX_get_app_data(ctx));
    return stop && stop->stop_requested() ? 0 : 1;
}
} // namespace

Result<KeyPair> KeyGenerator::generate(const KeySpec& spec, std::stop_token stop) {
    const std::string source = "keygen";
    if (spec.algorithm == KeyAlgorithm::Rsa && spec.bits != 1024 && spec.bits != 2048 && spec.bits != 3072 &&
        spec.bits != 4096)
        return InputError{source, 0, 0, "RSA key size must be 1024, 2048, 3072 or 4096 bits"};
    if (stop.stop_requested())
        return InputError{source, 0, 0, kKeyGenerationCancelled};
    std::unique_ptr<EVP_PKEY_CTX, CtxDeleter> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, spec.algorithm == KeyAlgorithm::Rsa ? "RSA" : "ED25519", nullptr));
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1)
        return InputError{source, 0, 0, "cannot start key generation: " + lastOpenSslError()};
    if (spec.algorithm == KeyAlgorithm::Rsa &&
        EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), static_cast<unsigned>(spec.bits)) != 1)
        return InputError{source, 0, 0, "cannot set the key size: " + lastOpenSslError()};
    EVP_PKEY_CTX_set_app_data(ctx.get(), &stop);
    EVP_PKEY_CTX_set_cb(ctx.get(), keygenCallback);
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_generate(ctx.get(), &key) != 1) {
        EVP_PKEY_free(key);
        if (stop.stop_requested()) {
            lastOpenSslError();
            return InputError{source, 0, 0, kKeyGenerationCancelled};
        }
        return InputError{source, 0, 0, "key generation failed: " + lastOpenSslError()};
    }
    return KeyPair::fromKey(adoptKey(key));
}

KeyGenerator::Job KeyGenerator::start(const KeySpec& spec) {
    Job job;
    job.result = std::async(std::launch::async, [spec, token = job.stop.get_token()] { return generate(spec, token); });
    return job;
}

} // namespace dmarcplan::dkim
