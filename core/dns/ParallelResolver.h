#pragma once
// Independent DNS questions asked at the same time: a fixed pool of worker threads over one resolver.
// Give it the caching resolver of the stack, so every thread shares one cache and the cache's
// one-question-in-flight rule stops duplicates. A check then costs about (depth of the SPF include
// tree + 1) round trips instead of one round trip per question: it asks a whole level at once, and
// the engines that walk the records afterwards find every answer already cached.

#include "core/dns/Resolver.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace dmarcplan::dns {

struct Question {
    std::string name;
    RecordType type = RecordType::TXT;
    bool operator==(const Question&) const = default;
};

class ParallelResolver {
public:
    // `concurrency` bounds the questions in flight at once (at least 1).
    explicit ParallelResolver(ResolverPtr resolver, std::size_t concurrency = 16);
    ~ParallelResolver(); // waits for the questions already queued
    ParallelResolver(const ParallelResolver&) = delete;
    ParallelResolver& operator=(const ParallelResolver&) = delete;

    std::shared_future<Answer> submit(std::string name, RecordType type);
    // Asks all at once and returns the answers in the order of the questions.
    std::vector<Answer> resolveAll(const std::vector<Question>& questions);
    // Asks all at once and waits until every answer is in the shared cache.
    void prefetch(const std::vector<Question>& questions);
    Resolver& resolver() { return *m_resolver; }
    const ResolverPtr& resolverPtr() const { return m_resolver; }
    std::size_t concurrency() const { return m_workers.size(); }

private:
    void work();

    ResolverPtr m_resolver;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

} // namespace dmarcplan::dns
