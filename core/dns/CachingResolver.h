#pragma once
// A cache over another resolver: answers kept for their TTL (negative answers for the SOA minimum,
// temporary failures briefly), safe for many threads, and one question in flight per name/type:
// concurrent askers wait for the same answer instead of sending it twice.

#include "core/dns/Resolver.h"

#include <chrono>
#include <future>
#include <map>
#include <mutex>
#include <string>

namespace dmarcplan::dns {

class CachingResolver : public Resolver {
public:
    explicit CachingResolver(ResolverPtr inner, std::chrono::seconds tempErrorTtl = std::chrono::seconds(30));

    Answer query(std::string_view name, RecordType type) override;
    std::size_t queriesSent() const override { return m_inner->queriesSent(); }

    std::size_t cacheHits() const;
    void clear();
    Resolver& inner() { return *m_inner; }

private:
    struct Entry {
        std::shared_future<Answer> answer;
        std::chrono::steady_clock::time_point expires;
        bool ready = false;
    };
    using Key = std::pair<std::string, RecordType>;

    ResolverPtr m_inner;
    std::chrono::seconds m_tempErrorTtl;
    mutable std::mutex m_mutex;
    std::map<Key, Entry> m_entries;
    std::size_t m_hits = 0;
};

} // namespace dmarcplan::dns
