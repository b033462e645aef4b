#pragma once
// The DKIM keys a simulation signs with: keys the user holds (their published record is what the
// receiver verifies against) and key pairs generated for everything else (a domain with no key yet,
// the intermediaries), kept so that a recomputation never generates again. Safe for many threads.

#include "core/common/Result.h"
#include "core/dkim/KeyGenerator.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace dmarcplan::simulate {

class KeyStore {
public:
    // A private key the domain owner holds for `selector` at `domain`.
    void addUserKey(const std::string& domain, const std::string& selector, dkim::KeyPair key);
    std::optional<dkim::KeyPair> userKey(const std::string& domain, const std::string& selector) const;

    // The key generated for `id` (any stable name, e.g. "example.com/default") and algorithm, made on
    // first use: RSA 2048 or Ed25519.
    Result<dkim::KeyPair> generated(const std::string& id, dkim::KeyAlgorithm algorithm);

    std::size_t generatedCount() const;

private:
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, dkim::KeyPair> m_user;
    std::map<std::pair<std::string, dkim::KeyAlgorithm>, dkim::KeyPair> m_generated;
};

} // namespace dmarcplan::simulate
