#include "core/dns/ResolverFactory.h"
#include "core/dns/ZoneResolver.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <thread>

using namespace dmarcplan;
using namespace dmarcplan::dns;

TEST(ZoneData, MalformedZoneFileNamesFileAndLine) {
    auto zone = ZoneData::fromText("$ORIGIN example.com.\n$TTL 300\n@ IN TXT \"ok\"\nwww IN A 999.1.2.3\n", "",
                                   "broken.zone");
    ASSERT_FALSE(zone);
    EXPECT_EQ(zone.error().source, "broken.zone");
    EXPECT_EQ(zone.error().line, 4);
    EXPECT_NE(zone.error().describe().find("broken.zone:4"), std::string::npos);
}

TEST(ZoneData, RelativeNamesNeedAnOrigin) {
    auto withOrigin = ZoneData::fromText("www 300 IN A 192.0.2.1\n", "example.com", "x.zone");
    ASSERT_TRUE(withOrigin) << withOrigin.error().describe();
    EXPECT_EQ(withOrigin->records().at(0).name, "www.example.com");
    EXPECT_TRUE(withOrigin->covers("other.example.com"));
    EXPECT_FALSE(withOrigin->covers("example.org"));
}

TEST(ZoneData, RecordsKnowTheirLine) {
    auto zone = ZoneData::fromText("$ORIGIN example.com.\n$TTL 300\n\n; comment\n@ IN TXT \"a\"\nwww IN A 192.0.2.1\n",
                                   "", "lines.zone");
    ASSERT_TRUE(zone) << zone.error().describe();
    ASSERT_EQ(zone->records().size(), 2u);
    EXPECT_EQ(zone->lineOf(0), 5);
    EXPECT_EQ(zone->lineOf(1), 6);
}

TEST(ZoneData, TimeoutEntriesAreTempErrors) {
    ZoneData data;
    data.addTimeout("slow.example");
    ZoneResolver resolver(data);
    EXPECT_EQ(resolver.query("slow.example", RecordType::TXT).status, Status::TempError);
}

TEST(ZoneData, CnameLoopIsTempError) {
    ZoneData data;
    Record a{"a.example", RecordType::CNAME, 300, "b.example", 0, {}};
    Record b{"b.example", RecordType::CNAME, 300, "a.example", 0, {}};
    data.addRecord(a);
    data.addRecord(b);
    ZoneResolver resolver(data);
    EXPECT_EQ(resolver.query("a.example", RecordType::TXT).status, Status::TempError);
}

TEST(ZoneData, OfflineNamesOutsideTheZonesDoNotExistAndSaySo) {
    ResolverOptions options;
    options.zoneFiles = {test::dataPath("zones/fixture.test.zone")};
    options.offline = true;
    auto stack = makeResolver(options);
    ASSERT_TRUE(stack) << stack.error().describe();
    auto answer = stack->resolver->query("example.org", RecordType::TXT);
    EXPECT_EQ(answer.status, Status::NxDomain);
    EXPECT_EQ(answer.source, "offline");
    EXPECT_EQ(stack->resolver->query("fixture.test", RecordType::A).status, Status::Records);
}

TEST(ZoneData, LayeredFallsBackToLiveDnsOutsideTheZones) {
    // Zone file for example.com only; fixture.test comes from the local nsd.
    test::TempDir dir;
    test::writeFile(dir.file("example.zone"), "$ORIGIN example.com.\n$TTL 60\n@ IN TXT \"planned\"\n");
    ResolverOptions options;
    options.zoneFiles = {dir.file("example.zone")};
    options.nameservers = {test::localDnsServer()};
    options.timeoutMs = 3000;
    auto stack = makeResolver(options);
    ASSERT_TRUE(stack) << stack.error().describe();
    EXPECT_EQ(stack->resolver->query("example.com", RecordType::TXT).values(), std::vector<std::string>{"planned"});
    EXPECT_EQ(stack->resolver->query("nothing.example.com", RecordType::TXT).status, Status::NxDomain);
    auto live = stack->resolver->query("fixture.test", RecordType::A);
    EXPECT_EQ(live.values(), std::vector<std::string>{"192.0.2.10"});
    EXPECT_NE(live.source.find("live:"), std::string::npos);
}

TEST(CachingResolver, AnswersRepeatQuestionsFromTheCacheAcrossThreads) {
    auto resolver = makeResolver(test::fixtureZones());
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&] {
            for (int j = 0; j < 100; ++j) {
                EXPECT_EQ(resolver->query("fixture.test", RecordType::MX).records.size(), 2u);
                EXPECT_EQ(resolver->query("missing.fixture.test", RecordType::TXT).status, Status::NxDomain);
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(resolver->queriesSent(), 2u);
    EXPECT_EQ(resolver->cacheHits(), 1598u);
}
