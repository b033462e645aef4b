#include "core/dns/ParallelResolver.h"

#include <algorithm>

namespace dmarcplan::dns {

ParallelResolver::ParallelResolver(ResolverPtr resolver, std::size_t concurrency) : m_resolver(std::move(resolver)) {
    concurrency = std::max<std::size_t>(concurrency, 1);
    m_workers.reserve(concurrency);
    for (std::size_t i = 0; i < concurrency; ++i)
        m_workers.emplace_back([this] { work(); });
}

ParallelResolver::~ParallelResolver() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& worker : m_workers)
        worker.join();
}

void ParallelResolver::work() {
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and nothing left to do
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task();
    }
}

std::shared_future<Answer> ParallelResolver::submit(std::string name, RecordType type) {
    auto packaged = std::make_shared<std::packaged_task<Answer()>>(
        [resolver = m_resolver, name = std::move(name), type] { return resolver->query(name, type); });
    std::shared_future<Answer> future = packaged->get_future().share();
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back([packaged] { (*packaged)(); });
    }
    m_wake.notify_one();
    return future;
}

std::vector<Answer> ParallelResolver::resolveAll(const std::vector<Question>& questions) {
    std::vector<std::shared_future<Answer>> futures;
    futures.reserve(questions.size());
    for (const auto& question : questions)
        futures.push_back(submit(question.name, question.type));
    std::vector<Answer> answers;
    answers.reserve(futures.size());
    for (auto& future : futures)
        answers.push_back(future.get());
    return answers;
}

void ParallelResolver::prefetch(const std::vector<Question>& questions) {
    std::vector<std::shared_future<Answer>> futures;
    futures.reserve(questions.size());
    for (const auto& question : questions)
        futures.push_back(submit(question.name, question.type));
    for (auto& future : futures)
        future.wait();
}

} // namespace dmarcplan::dns
