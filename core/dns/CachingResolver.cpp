#include "core/dns/CachingResolver.h"

#include "core/dns/DnsName.h"

#include <optional>

namespace dmarcplan::dns {

CachingResolver::CachingResolver(ResolverPtr inner, std::chrono::seconds tempErrorTtl)
    : m_inner(std::move(inner)), m_tempErrorTtl(tempErrorTtl) {}

Answer CachingResolver::query(std::string_view rawName, RecordType type) {
    Key key{canonicalName(rawName), type}; // "A B.example" and "a\032b.example." share an entry
    std::promise<Answer> promise;
    std::optional<std::shared_future<Answer>> pending;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(key);
        auto now = std::chrono::steady_clock::now();
        if (it != m_entries.end() && (!it->second.ready || it->second.expires > now)) {
            ++m_hits;
            pending = it->second.answer;
        } else {
            m_entries[key] = Entry{promise.get_future().share(), now, false};
        }
    }
    if (pending)
        return pending->get(); // waits when another thread is still asking
    Answer answer;
    try {
        answer = m_inner->query(key.first, type);
    } catch (...) {
        promise.set_exception(std::current_exception());
        std::lock_guard lock(m_mutex);
        m_entries.erase(key);
        throw;
    }
    promise.set_value(answer);
    std::chrono::seconds ttl =
        answer.status == Status::TempError ? m_tempErrorTtl : std::chrono::seconds(answer.minTtl());
    std::lock_guard lock(m_mutex);
    auto& entry = m_entries[key];
    entry.ready = true;
    entry.expires = std::chrono::steady_clock::now() + ttl;
    return answer;
}

std::size_t CachingResolver::cacheHits() const {
    std::lock_guard lock(m_mutex);
    return m_hits;
}

void CachingResolver::clear() {
    std::lock_guard lock(m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it->second.ready ? m_entries.erase(it) : std::next(it);
}

} // namespace dmarcplan::dns
