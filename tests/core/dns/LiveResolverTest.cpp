#include "core/dns/LiveResolver.h"
#include "tests/support/TestSupport.h"

#include <chrono>
#include <gtest/gtest.h>

using namespace dmarcplan::dns;

TEST(LiveResolver, SilentServerIsTempErrorWithinTheTimeout) {
    dmarcplan::test::SilentDnsServer silent;
    auto resolver = LiveResolver::create({{{"127.0.0.1", silent.port()}}, 600, 2});
    ASSERT_TRUE(resolver);
    auto start = std::chrono::steady_clock::now();
    auto answer = (*resolver)->query("fixture.test", RecordType::TXT);
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(answer.status, Status::TempError);
    EXPECT_FALSE(answer.error.empty());
    EXPECT_LT(elapsed, std::chrono::milliseconds(1500));
}

TEST(LiveResolver, ParsesNameServerForms) {
    auto v4 = parseNameServer("127.0.0.1:5300");
    ASSERT_TRUE(v4);
    EXPECT_EQ(v4->host, "127.0.0.1");
    EXPECT_EQ(v4->port, 5300);
    auto v6 = parseNameServer("[::1]:5301");
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->host, "::1");
    EXPECT_EQ(v6->port, 5301);
    auto bare6 = parseNameServer("2001:db8::1");
    ASSERT_TRUE(bare6);
    EXPECT_EQ(bare6->port, 53);
    EXPECT_FALSE(parseNameServer("ns.example.com"));
    EXPECT_FALSE(parseNameServer("127.0.0.1:99999"));
    EXPECT_FALSE(parseNameServer("[::1"));
}

TEST(LiveResolver, CountsQueriesSent) {
    auto server = parseNameServer(dmarcplan::test::localDnsServer());
    ASSERT_TRUE(server);
    auto resolver = LiveResolver::create({{*server}, 3000, 2});
    ASSERT_TRUE(resolver);
    (*resolver)->query("fixture.test", RecordType::A);
    (*resolver)->query("fixture.test", RecordType::MX);
    EXPECT_EQ((*resolver)->queriesSent(), 2u);
}
