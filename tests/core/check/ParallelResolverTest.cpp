#include "core/dns/ParallelResolver.h"
#include "core/check/DomainCheck.h"
#include "core/dns/CachingResolver.h"
#include "core/dns/LatencyResolver.h"
#include "core/dns/ZoneResolver.h"

#include <chrono>
#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace std::chrono_literals;

namespace {

dns::ZoneData zone() {
    auto z = dns::ZoneData::fromText(R"(
$ORIGIN par.test.
$TTL 300
@   IN SOA ns.par.test. h.par.test. ( 1 3600 600 86400 300 )
@   IN TXT "v=spf1 include:a.par.test include:d.par.test mx -all"
@   IN MX  10 mx.par.test.
mx  IN A   192.0.2.25
a   IN TXT "v=spf1 include:b.par.test -all"
b   IN TXT "v=spf1 include:c.par.test a:host.par.test -all"
c   IN TXT "v=spf1 ip4:192.0.2.3 include:par.test -all"
d   IN TXT "v=spf1 ip4:192.0.2.4 -all"
host IN A 192.0.2.9
_dmarc IN TXT "v=DMARC1; p=none"
s1._domainkey IN TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
)",
                                     "", "par.zone");
    EXPECT_TRUE(z.ok());
    z->addOrigin("test", 300); // the parent answers NXDOMAIN for _dmarc.test, as on the network
    return std::move(*z);
}

struct Stack {
    std::shared_ptr<dns::LatencyResolver> slow;
    std::unique_ptr<dns::ParallelResolver> pool;
};

Stack makeStack(std::size_t concurrency, std::chrono::milliseconds latency) {
    Stack s;
    s.slow = std::make_shared<dns::LatencyResolver>(std::make_shared<dns::ZoneResolver>(zone()), latency);
    s.pool = std::make_unique<dns::ParallelResolver>(std::make_shared<dns::CachingResolver>(s.slow), concurrency);
    return s;
}

} // namespace

TEST(ParallelResolver, AnswersInQuestionOrder) {
    auto s = makeStack(4, 0ms);
    auto answers = s.pool->resolveAll({{"a.par.test", dns::RecordType::TXT},
                                       {"missing.par.test", dns::RecordType::TXT},
                                       {"mx.par.test", dns::RecordType::A}});
    ASSERT_EQ(answers.size(), 3u);
    EXPECT_EQ(answers[0].values().at(0), "v=spf1 include:b.par.test -all");
    EXPECT_EQ(answers[1].status, dns::Status::NxDomain);
    EXPECT_EQ(answers[2].values().at(0), "192.0.2.25");
}

TEST(ParallelResolver, IndependentQuestionsOverlapAndConcurrencyIsBounded) {
    auto s = makeStack(3, 50ms);
    std::vector<dns::Question> questions;
    for (const char* name : {"a", "b", "c", "d", "host", "mx"})
        questions.push_back({std::string(name) + ".par.test", dns::RecordType::TXT});
    auto start = std::chrono::steady_clock::now();
    s.pool->prefetch(questions);
    auto wall = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(s.slow->queriesSent(), 6u);
    EXPECT_EQ(s.slow->maxInFlight(), 3u); // never more than the bound
    EXPECT_GE(wall, 100ms);               // 6 questions, 3 at a time: two rounds
    EXPECT_LT(wall, 250ms);               // not six (300 ms); the margin absorbs a busy machine
}

TEST(ParallelResolver, SharedCacheAsksEachQuestionOnce) {
    auto s = makeStack(8, 20ms);
    std::vector<dns::Question> same(8, dns::Question{"a.par.test", dns::RecordType::TXT});
    s.pool->prefetch(same);
    s.pool->prefetch(same);
    EXPECT_EQ(s.slow->queriesSent(), 1u);
}

TEST(SpfTree, WalksLevelsAndCountsLookups) {
    auto s = makeStack(8, 0ms);
    auto tree = check::walkSpfTree("par.test", *s.pool);
    EXPECT_EQ(tree.root.records.size(), 1u);
    ASSERT_EQ(tree.root.children.size(), 2u);
    const auto& a = tree.root.children[0];
    EXPECT_EQ(a.domain, "a.par.test");
    EXPECT_EQ(a.via, "include");
    const auto& c = a.children.at(0).children.at(0);
    EXPECT_EQ(c.domain, "c.par.test");
    ASSERT_EQ(c.children.size(), 1u);
    EXPECT_TRUE(c.children[0].loop); // c includes the root again
    // root: include, include, mx = 3; a: 1; b: include, a = 2; c: include = 1; d: 0
    EXPECT_EQ(tree.totalLookupTerms, 7);
    EXPECT_EQ(tree.depth, 3);
}

TEST(DomainCheck, CostsAboutOneRoundTripPerTreeLevel) {
    check::CheckOptions options;
    options.selectors = {"s1", "s2"};
    auto timed = [&](std::size_t concurrency, check::DomainReport& report) {
        auto s = makeStack(concurrency, 30ms);
        auto start = std::chrono::steady_clock::now();
        report = check::checkDomain("par.test", *s.pool, options);
        auto wall = std::chrono::steady_clock::now() - start;
        return std::make_pair(wall, s.slow->queriesSent());
    };
    check::DomainReport parallel, serial;
    auto [parallelWall, parallelQueries] = timed(16, parallel);
    auto [serialWall, serialQueries] = timed(1, serial);
    // The same questions either way; in parallel they take about one round trip per level (first
    // round, 3 include levels, the deepest level's a/mx names), serially one per question.
    EXPECT_EQ(parallelQueries, serialQueries);
    EXPECT_GE(serialQueries, 12u);
    EXPECT_GE(serialWall, 12 * 30ms);
    EXPECT_LT(parallelWall * 2, serialWall);
    EXPECT_EQ(toJson(parallel)["spf"], toJson(serial)["spf"]);
    ASSERT_EQ(parallel.dkim.size(), 2u);
    EXPECT_TRUE(parallel.dkim[0].found);
    EXPECT_FALSE(parallel.dkim[1].found);
    EXPECT_EQ(parallel.mx.exchanges.at(0).second, "mx.par.test");
}
