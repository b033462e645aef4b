#include "core/simulate/KeyStore.h"

#include "core/common/DomainName.h"

namespace dmarcplan::simulate {

void KeyStore::addUserKey(const std::string& domain, const std::string& selector, dkim::KeyPair key) {
    std::lock_guard lock(m_mutex);
    m_user[{normalizeDomain(domain), toLower(selector)}] = std::move(key);
}

std::optional<dkim::KeyPair> KeyStore::userKey(const std::string& domain, const std::string& selector) const {
    std::lock_guard lock(m_mutex);
    auto it = m_user.find({normalizeDomain(domain), toLower(selector)});
    if (it == m_user.end())
        return std::nullopt;
    return it->second;
}

Result<dkim::KeyPair> KeyStore::generated(const std::string& id, dkim::KeyAlgorithm algorithm) {
    // Generation happens under the lock: two threads asking for the same key must get the same one,
    // and generating twice would cost more than waiting.
    std::lock_guard lock(m_mutex);
    auto key = std::make_pair(id, algorithm);
    if (auto it = m_generated.find(key); it != m_generated.end())
        return it->second;
    auto pair = dkim::KeyGenerator::generate({algorithm, 2048});
    if (!pair)
        return pair.error();
    m_generated.emplace(key, *pair);
    return *pair;
}

std::size_t KeyStore::generatedCount() const {
    std::lock_guard lock(m_mutex);
    return m_generated.size();
}

} // namespace dmarcplan::simulate
