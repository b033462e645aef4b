// One table of questions, asked of the fixture zones twice: loaded as zone files, and served by the
// real nsd on loopback through the live resolver. Both must give the same answers.

#include "core/dns/LiveResolver.h"
#include "core/dns/ZoneResolver.h"
#include "tests/support/TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::dns;

namespace {

struct Question {
    const char* name;
    RecordType type;
    Status status;
    std::vector<std::string> values; // sorted
    std::vector<std::string> cnameChain = {};
};

const std::vector<Question> kQuestions = {
    {"fixture.test", RecordType::A, Status::Records, {"192.0.2.10"}},
    {"fixture.test", RecordType::AAAA, Status::Records, {"2001:db8::10"}},
    {"fixture.test", RecordType::MX, Status::Records, {"mx1.fixture.test", "mx2.fixture.test"}},
    {"fixture.test", RecordType::TXT, Status::Records, {"v=spf1 mx a -all"}},
    {"split.fixture.test", RecordType::TXT, Status::Records, {"v=spf1 ip4:192.0.2.0/24 include:_spf.fixture.test -all"}},
    {"alias1.fixture.test", RecordType::TXT, Status::Records, {"reached the end of the chain"},
     {"alias1.fixture.test", "alias2.fixture.test"}},
    {"alias1.fixture.test", RecordType::A, Status::Records, {"192.0.2.77"}, {"alias1.fixture.test", "alias2.fixture.test"}},
    {"notxt.fixture.test", RecordType::TXT, Status::NoData, {}},
    {"b.fixture.test", RecordType::TXT, Status::NoData, {}}, // empty non-terminal
    {"missing.fixture.test", RecordType::TXT, Status::NxDomain, {}},
    {"anything.wild.fixture.test", RecordType::TXT, Status::Records, {"wildcard answer"}},
    {"anything.wild.fixture.test", RecordType::A, Status::NoData, {}},
    {"10.2.0.192.in-addr.arpa", RecordType::PTR, Status::Records, {"fixture.test"}},
    {"99.2.0.192.in-addr.arpa", RecordType::PTR, Status::NxDomain, {}},
    {"FIXTURE.TEST.", RecordType::A, Status::Records, {"192.0.2.10"}},
};

void expectAnswer(Resolver& resolver, const Question& q, const std::string& label) {
    SCOPED_TRACE(label + ": " + q.name + " " + std::string(toString(q.type)));
    Answer answer = resolver.query(q.name, q.type);
    EXPECT_EQ(toString(answer.status), toString(q.status)) << answer.error;
    auto values = answer.values();
    std::sort(values.begin(), values.end());
    EXPECT_EQ(values, q.values);
    EXPECT_EQ(answer.cnameChain, q.cnameChain);
    for (const auto& r : answer.records)
        EXPECT_GT(r.ttl, 0u);
}

} // namespace

TEST(DnsAnswerTable, ZoneFilesAnswerAsSpecified) {
    ZoneResolver resolver(test::fixtureZones());
    for (const auto& q : kQuestions)
        expectAnswer(resolver, q, "zone files");
}

TEST(DnsAnswerTable, LocalServerAnswersTheSame) {
    auto server = parseNameServer(test::localDnsServer());
    ASSERT_TRUE(server);
    auto live = LiveResolver::create({{*server}, 3000, 2});
    ASSERT_TRUE(live);
    for (const auto& q : kQuestions)
        expectAnswer(**live, q, "nsd");
}

TEST(DnsAnswerTable, MultiStringTxtKeepsItsStrings) {
    auto server = parseNameServer(test::localDnsServer());
    ASSERT_TRUE(server);
    auto live = LiveResolver::create({{*server}, 3000, 2});
    ASSERT_TRUE(live);
    ZoneResolver zone(test::fixtureZones());
    for (Resolver* resolver : {static_cast<Resolver*>(live->get()), static_cast<Resolver*>(&zone)}) {
        auto answer = resolver->query("split.fixture.test", RecordType::TXT);
        ASSERT_EQ(answer.records.size(), 1u);
        EXPECT_EQ(answer.records[0].strings,
                  (std::vector<std::string>{"v=spf1 ip4:192.0.2.0/24 ", "include:_spf.fixture.test ", "-all"}));
    }
}

TEST(DnsAnswerTable, TxtOver512BytesArrivesWhole) {
    auto server = parseNameServer(test::localDnsServer());
    ASSERT_TRUE(server);
    auto live = LiveResolver::create({{*server}, 3000, 2});
    ASSERT_TRUE(live);
    auto fromServer = (*live)->query("big.fixture.test", RecordType::TXT);
    ASSERT_EQ(fromServer.status, Status::Records) << fromServer.error;
    ASSERT_EQ(fromServer.records.size(), 1u);
    EXPECT_GT(fromServer.records[0].value.size(), 512u);
    ZoneResolver zone(test::fixtureZones());
    EXPECT_EQ(zone.query("big.fixture.test", RecordType::TXT).records.at(0).value, fromServer.records[0].value);
}

TEST(DnsAnswerTable, NegativeAnswersCarryTheSoaMinimum) {
    auto server = parseNameServer(test::localDnsServer());
    ASSERT_TRUE(server);
    auto live = LiveResolver::create({{*server}, 3000, 2});
    ASSERT_TRUE(live);
    EXPECT_EQ((*live)->query("missing.fixture.test", RecordType::TXT).negativeTtl, 120u);
    ZoneResolver zone(test::fixtureZones());
    EXPECT_EQ(zone.query("missing.fixture.test", RecordType::TXT).negativeTtl, 120u);
}
