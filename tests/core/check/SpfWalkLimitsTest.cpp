// The SPF walks are bounded (issue 14; core/spf/WalkLimits.h, RFC 7208 §4.6.4): an include tree that
// grows tenfold per level costs a bounded number of questions and ends with SPF-TREE-LIMIT, a chain
// deeper than ten levels with SPF-TREE-TOO-DEEP; what check's parallel walk asks is exactly what the
// linter reads afterwards, and the mail hosts of mx terms are asked in parallel, not one by one.
#include "core/check/SpfTree.h"
#include "core/dns/CachingResolver.h"
#include "core/dns/LatencyResolver.h"
#include "core/dns/ZoneResolver.h"
#include "core/spf/WalkLimits.h"
#include "tests/support/TestSupport.h"

#include <chrono>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace dmarcplan;
using namespace std::chrono_literals;

namespace {

// A tree of distinct names: every record at levels 0-4 includes ten new names (11,111 records).
dns::ZoneData distinctTree() {
    std::string text = "$ORIGIN tree.test.\n$TTL 300\n@ IN SOA ns.tree.test. h.tree.test. ( 1 3600 600 86400 300 )\n";
    std::vector<std::string> level = {""};
    for (int depth = 0; depth <= 4; ++depth) {
        std::vector<std::string> next;
        for (const auto& name : level) {
            // One character-string per term (joined without spaces), as each record is over 255 characters.
            std::string record = "\"v=spf1\"";
            for (int i = 0; i < 10; ++i) {
                std::string child = "n" + std::to_string(i) + (name.empty() ? "" : "." + name);
                record += " \" include:" + child + ".tree.test\"";
                next.push_back(child);
            }
            text += (name.empty() ? "@" : name) + " IN TXT " + record + " \" -all\"\n";
        }
        level = std::move(next);
    }
    for (const auto& name : level)
        text += name + " IN TXT \"v=spf1 ip4:192.0.2.1 -all\"\n";
    auto zone = dns::ZoneData::fromText(text, "", "tree.zone");
    EXPECT_TRUE(zone.ok());
    return zone.ok() ? std::move(*zone) : dns::ZoneData{};
}

dns::ZoneData ampZone() {
    auto zone = dns::ZoneData::fromFile(test::dataPath("zones/amp.test.zone"));
    EXPECT_TRUE(zone.ok()) << (zone.ok() ? "" : zone.error().describe());
    return zone.ok() ? std::move(*zone) : dns::ZoneData{};
}

struct Stack {
    std::shared_ptr<dns::LatencyResolver> counted; // what reaches the "network"
    std::unique_ptr<dns::ParallelResolver> pool;
};

Stack makeStack(dns::ZoneData zone, std::size_t concurrency = 16, std::chrono::milliseconds latency = 0ms) {
    Stack s;
    s.counted = std::make_shared<dns::LatencyResolver>(std::make_shared<dns::ZoneResolver>(std::move(zone)), latency);
    s.pool = std::make_unique<dns::ParallelResolver>(std::make_shared<dns::CachingResolver>(s.counted), concurrency);
    return s;
}

bool hasFinding(const Findings& findings, const std::string& code) {
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
}

// The domain's own questions, as lintDomainInParallel asks them.
void prefetchDomain(dns::ParallelResolver& pool, const std::string& domain) {
    pool.prefetch({{domain, dns::RecordType::TXT},
                   {domain, dns::RecordType::SPF},
                   {domain, dns::RecordType::MX},
                   {domain, dns::RecordType::A},
                   {domain, dns::RecordType::AAAA}});
}

} // namespace

TEST(SpfWalkLimits, TenfoldTreeCostsABoundedNumberOfQuestions) {
    auto s = makeStack(distinctTree());
    auto started = std::chrono::steady_clock::now();
    auto tree = check::walkSpfTree("tree.test", *s.pool);
    EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);
    EXPECT_TRUE(tree.termCapReached);
    // At most kWalkTerms terms are followed; a pass may ask a few that a later pass pushes past the
    // cap, so allow some slack, but nothing like the 11,111 names of the tree.
    EXPECT_LE(s.counted->queriesSent(), 4 * spf::limits::kWalkTerms);
    EXPECT_EQ(tree.questions, s.counted->queriesSent());
    EXPECT_LE(tree.totalLookupTerms, 2 * static_cast<int>(spf::limits::kWalkTerms) + 20);

    auto lint = spf::analyzeDomain("tree.test", s.pool->resolver());
    EXPECT_TRUE(hasFinding(lint.findings, "SPF-TREE-LIMIT"));
    EXPECT_TRUE(hasFinding(lint.findings, "SPF-LOOKUP-LIMIT"));
    EXPECT_LE(s.counted->queriesSent(), 4 * spf::limits::kWalkTerms + 5);
}

TEST(SpfWalkLimits, TheLinterReadsOnlyWhatTheWalkPrefetched) {
    // amp.test (10^10 include paths over 100 names), chain.amp.test (12 levels), mail.amp.test (80 MX hosts).
    for (const char* domain : {"amp.test", "chain.amp.test", "mail.amp.test"}) {
        SCOPED_TRACE(domain);
        auto s = makeStack(ampZone());
        prefetchDomain(*s.pool, domain);
        auto tree = check::walkSpfTree(domain, *s.pool);
        const auto asked = s.counted->queriesSent();
        auto lint = spf::analyzeDomain(domain, s.pool->resolver());
        EXPECT_EQ(s.counted->queriesSent(), asked) << "the linter asked what the walk had not";
        if (std::string(domain) == "amp.test") {
            EXPECT_TRUE(tree.termCapReached);
            EXPECT_TRUE(hasFinding(lint.findings, "SPF-TREE-LIMIT"));
        }
        if (std::string(domain) == "chain.amp.test") {
            EXPECT_TRUE(tree.depthCapReached);
            EXPECT_TRUE(hasFinding(lint.findings, "SPF-TREE-TOO-DEEP"));
            EXPECT_EQ(tree.depth, spf::limits::kWalkDepth);
        }
    }
}

TEST(SpfWalkLimits, MailHostsAreAskedInParallel) {
    // mail.amp.test: eight mx terms of ten hosts each. One by one that is 8 MX questions and at least
    // 16 address questions after the domain's own, each a round trip.
    constexpr auto kLatency = 40ms;
    auto serial = makeStack(ampZone(), 1, kLatency);
    auto start = std::chrono::steady_clock::now();
    auto one = spf::analyzeDomain("mail.amp.test", serial.pool->resolver());
    const auto serialWall = std::chrono::steady_clock::now() - start;

    auto parallel = makeStack(ampZone(), 64, kLatency);
    start = std::chrono::steady_clock::now();
    auto all = check::lintDomainInParallel("mail.amp.test", *parallel.pool);
    const auto parallelWall = std::chrono::steady_clock::now() - start;

    EXPECT_EQ(toJson(one), toJson(all)); // the same report either way
    EXPECT_GE(serialWall, 24 * kLatency);
    // Domain, root TXT (cached), MX names, host addresses: about four round trips.
    EXPECT_LT(parallelWall, 10 * kLatency);
    EXPECT_LT(parallelWall * 3, serialWall);
}

TEST(SpfWalkLimits, RecordTextWalkMatchesTheLinter) {
    auto s = makeStack(ampZone());
    const std::string record = "v=spf1 include:chain.amp.test mx:m1.amp.test include:amp.test -all";
    auto lint = check::lintRecordInParallel({record}, "", *s.pool);
    const auto asked = s.counted->queriesSent();
    auto again = spf::analyzeRecord(record, "", s.pool->resolver());
    EXPECT_EQ(s.counted->queriesSent(), asked);
    EXPECT_EQ(toJson(lint), toJson(again));
    EXPECT_TRUE(hasFinding(lint.findings, "SPF-TREE-TOO-DEEP"));
    EXPECT_TRUE(hasFinding(lint.findings, "SPF-TREE-LIMIT"));
}
