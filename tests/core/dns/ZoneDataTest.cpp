#include "core/dns/DnsName.h"
#include "core/dns/ResolverFactory.h"
#include "core/dns/ZoneResolver.h"
#include "core/spf/Evaluator.h"
#include "tests/support/TestSupport.h"

#include <chrono>
#include <gtest/gtest.h>
#include <thread>

using namespace dmarcplan;
using namespace dmarcplan::dns;

TEST(ZoneData, MalformedZoneFileNamesFileAndLine) {
    auto zone =
        ZoneData::fromText("$ORIGIN example.com.\n$TTL 300\n@ IN TXT \"ok\"\nwww IN A 999.1.2.3\n", "", "broken.zone");
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

// ---- The strict reader (issue 14): every line is a record or a directive, or an error that says
// where. Each case here was accepted, changed or mislocated by the old ldns_rr_new_frm_fp_l loop.

namespace {

struct BrokenZone {
    const char* name;
    std::string text;
    int line;
    int column;
    const char* message; // a part of the message
};

const std::string kHead = "$ORIGIN ex.test.\n$TTL 60\n@ IN TXT \"v=spf1 -all\"\n";

std::string longTxtLine(std::size_t strings, std::size_t bytes) {
    std::string line = "big IN TXT";
    for (std::size_t i = 0; i < strings; ++i)
        line += " \"" + std::string(bytes, 'a') + "\"";
    return line + "\n";
}

std::vector<BrokenZone> brokenZones() {
    return {
        {"garbage", kHead + "garbage here\n", 4, 9, "expected a TTL, class or record type, found 'here'"},
        {"no type", kHead + "foo IN 3600\n", 4, 13, "expected a record type after '3600'"},
        {"bad $TTL", "$ORIGIN ex.test.\n$TTL abc\n@ IN TXT \"v=spf1 -all\"\n", 2, 6, "'abc' is not a TTL"},
        {"TTL over 2^31-1", kHead + "www 4294967296 IN A 192.0.2.1\n", 4, 5, "is not a TTL"},
        {"class CH", kHead + "www CH TXT \"x\"\n", 4, 5, "class CH is not supported"},
        {"unclosed (", kHead + "_dmarc IN TXT ( \"v=DMARC1; p=reject\"\n@ IN A 192.0.2.9\n", 4, 15,
         "'(' is never closed"},
        {"nested (", kHead + "_dmarc IN TXT ( \"v=DMARC1; p=reject\"\nx IN TXT ( \"y\" )\n", 4, 15,
         "not closed before the next '('"},
        {"stray )", kHead + "www IN A 192.0.2.1 )\n", 4, 20, "')' without an opening '('"},
        {"unclosed quote", kHead + "www IN TXT \"abc\nx IN A 192.0.2.1\n", 4, 12, "quoted string is not closed"},
        {"TXT over 65535 bytes", kHead + longTxtLine(300, 250), 4, 12, "at most 65535"},
        {"string over 255 bytes", kHead + longTxtLine(1, 256), 4, 12, "at most 255"},
        {"bad owner, last line", kHead + "a..b IN A 192.0.2.1", 4, 1, "empty label"},
        {"bad owner, mid file", kHead + "a..b IN A 192.0.2.1\nc IN A 192.0.2.2\n", 4, 1, "empty label"},
        {"$GENERATE", kHead + "$GENERATE 1-3 host$ A 192.0.2.$\n", 4, 1, "$GENERATE"},
        {"unknown directive", kHead + "$FOO bar\n", 4, 1, "unknown directive '$FOO'"},
        {"bad address", kHead + "www IN A 999.1.2.3\n", 4, 10, "invalid A data '999.1.2.3'"},
        {"superfluous data", kHead + "www IN A 192.0.2.1 extra\n", 4, 10, "more data than the record type holds"},
        {"relative rdata name without origin", "www.ex.test. IN MX 10 mail\n", 1, 20, "without an origin"},
        {"blank first line", "  IN A 192.0.2.1\n", 1, 1, "no owner name to repeat"},
    };
}

} // namespace

TEST(ZoneReader, EveryBrokenLineIsAnErrorWithLineAndColumn) {
    for (const auto& broken : brokenZones()) {
        auto zone = ZoneData::fromText(broken.text, "", "zone.db");
        ASSERT_FALSE(zone) << broken.name << ": accepted";
        EXPECT_EQ(zone.error().source, "zone.db") << broken.name;
        EXPECT_EQ(zone.error().line, broken.line) << broken.name << ": " << zone.error().describe();
        EXPECT_EQ(zone.error().column, broken.column) << broken.name << ": " << zone.error().describe();
        EXPECT_NE(zone.error().message.find(broken.message), std::string::npos)
            << broken.name << ": " << zone.error().describe();
    }
}

TEST(ZoneReader, ErrorTextNamesFileLineAndColumn) {
    auto zone = ZoneData::fromText(kHead + "garbage here\n", "", "zone.db");
    ASSERT_FALSE(zone);
    EXPECT_EQ(zone.error().describe(), "zone.db:4:9: expected a TTL, class or record type, found 'here'");
}

TEST(ZoneReader, ValidSyntaxStillReads) {
    // Parentheses over lines, comments, TTL and class in either order, units, an inherited owner,
    // unquoted and escaped character-strings, RFC 3597 generic data, types the engines do not use.
    auto zone = ZoneData::fromText("$ORIGIN ex.test.\n"
                                   "$TTL 1h\n"
                                   "@ IN SOA ns hostmaster ( 1 ; serial\n"
                                   "   3600 600 86400 120 )\n"
                                   "  IN TXT \"v=spf1 \" \"-all\" ; comment\n"
                                   "www 300 IN A 192.0.2.1\n"
                                   "www IN 300 AAAA 2001:db8::1\n"
                                   "txt TXT unquoted \"semi;colon\" \"quote\\\"d\" \\065\n"
                                   "gen IN TYPE16 \\# 4 03616263\n"
                                   "srv IN SRV 0 0 25 mail\n"
                                   "mx IN MX 10 mail.ex.test.\n",
                                   "", "ok.zone");
    ASSERT_TRUE(zone) << zone.error().describe();
    const auto& records = zone->records();
    ASSERT_EQ(records.size(), 6u);
    EXPECT_EQ(records[0].name, "ex.test");
    EXPECT_EQ(records[0].value, "v=spf1 -all");
    EXPECT_EQ(records[0].ttl, 3600u);
    EXPECT_EQ(zone->lineOf(0), 5);
    EXPECT_EQ(records[1].ttl, 300u);
    EXPECT_EQ(records[2].value, "2001:db8::1");
    EXPECT_EQ(records[3].strings, (std::vector<std::string>{"unquoted", "semi;colon", "quote\"d", "A"}));
    EXPECT_EQ(records[4].value, "abc");
    EXPECT_EQ(records[5].value, "mail.ex.test");
    EXPECT_EQ(zone->origins(), std::vector<std::string>{"ex.test"});
}

TEST(ZoneReader, LongTxtIsKeptWhole) {
    // 20,000 bytes of TXT written as \DDD escapes: over 80,000 characters of text, which ldns cuts.
    std::string line = "big IN TXT";
    for (int i = 0; i < 100; ++i) {
        line += " \"";
        for (int j = 0; j < 200; ++j)
            line += "\\097";
        line += "\"";
    }
    auto zone = ZoneData::fromText(kHead + line + "\nafter IN A 192.0.2.1\n", "", "long.zone");
    ASSERT_TRUE(zone) << zone.error().describe();
    auto answer = zone->lookup("big.ex.test", RecordType::TXT);
    ASSERT_EQ(answer.records.size(), 1u);
    EXPECT_EQ(answer.records[0].value, std::string(20000, 'a'));
    EXPECT_EQ(answer.records[0].strings.size(), 100u);
    EXPECT_EQ(zone->lookup("after.ex.test", RecordType::A).status, Status::Records);
}

TEST(ZoneReader, TwentyThousandRecordsWithoutSoaLoadInLinearTime) {
    // Each name is its own top-most owner, so each becomes an origin. The old reader compared every
    // owner with every other (2 min 17 s of CPU for this file); lookups scanned every origin.
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += "host" + std::to_string(i) + ".example. 60 IN A 192.0.2." + std::to_string(i % 250 + 1) + "\n";
    auto start = std::chrono::steady_clock::now();
    auto zone = ZoneData::fromText(text, "", "big.zone");
    ASSERT_TRUE(zone) << zone.error().describe();
    ASSERT_EQ(zone->records().size(), 20000u);
    EXPECT_EQ(zone->origins().size(), 20000u);
    for (const auto& record : zone->records())
        ASSERT_EQ(zone->lookup(record.name, RecordType::A).status, Status::Records);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 10.0) << "linear work takes well under a second here";
    EXPECT_FALSE(zone->covers("example"));
}

TEST(ZoneReader, LongStringsAreSplitAndReportedWhenAsked) {
    std::vector<std::pair<int, int>> reported;
    ZoneReadOptions options;
    options.onLongString = [&](int line, int column, std::size_t) { reported.emplace_back(line, column); };
    auto zone = ZoneData::fromText(kHead + longTxtLine(1, 300), "", "split.zone", options);
    ASSERT_TRUE(zone) << zone.error().describe();
    EXPECT_EQ(reported, (std::vector<std::pair<int, int>>{{4, 12}}));
    EXPECT_EQ(zone->lookup("big.ex.test", RecordType::TXT).records.at(0).value, std::string(300, 'a'));
}

// ---- Canonical names: one form for zone data, live answers and cache keys.

namespace {

// The SPF record at names.test requires %{l}.users.names.test to exist (tests/data/zones/names.test.zone).
spf::Result spfFor(Resolver& resolver, const std::string& sender) {
    spf::CheckRequest request;
    request.ip = "192.0.2.1";
    request.sender = sender;
    return spf::checkHost(resolver, request).result;
}

void expectNamesResolve(Resolver& resolver) {
    EXPECT_EQ(spfFor(resolver, "\"a b\"@names.test"), spf::Result::Pass) << "local-part with quotes and a space";
    EXPECT_EQ(spfFor(resolver, "jos\xc3\xa9@names.test"), spf::Result::Pass) << "UTF-8 local-part (\\195\\169)";
    EXPECT_EQ(spfFor(resolver, "nobody@names.test"), spf::Result::Fail);
    EXPECT_EQ(resolver.query("a\\.b.names.test", RecordType::TXT).values(),
              std::vector<std::string>{"one label with a dot"});
    EXPECT_EQ(resolver.query("a.b.names.test", RecordType::TXT).values(), std::vector<std::string>{"two labels"});
    EXPECT_EQ(resolver.query("to-dot.names.test", RecordType::TXT).values(),
              std::vector<std::string>{"one label with a dot"});
    EXPECT_EQ(resolver.query("MIXED CASE.names.test.", RecordType::TXT).values(),
              std::vector<std::string>{"escaped space, upper case"});
    EXPECT_EQ(resolver.query("mixed\\032case.NAMES.test", RecordType::TXT).values(),
              std::vector<std::string>{"escaped space, upper case"});
}

} // namespace

TEST(CanonicalNames, SpellingsOfOneNameAreOneString) {
    EXPECT_EQ(canonicalName("A B.Example."), "a\\032b.example");
    EXPECT_EQ(canonicalName("a\\032b.example"), "a\\032b.example");
    EXPECT_EQ(canonicalName("a\\ b.example"), "a\\032b.example");
    EXPECT_EQ(canonicalName("A\\.B.example"), "a\\.b.example");
    EXPECT_EQ(canonicalName("a\\046b.example"), "a\\.b.example");
    EXPECT_EQ(canonicalName("\\\"x\\\".example"), "\\\"x\\\".example");
    EXPECT_EQ(canonicalName("jos\xc3\xa9.example"), "jos\\195\\169.example");
    EXPECT_EQ(canonicalName("."), "");
    EXPECT_EQ(parentName("a\\.b.example"), "example");
    EXPECT_TRUE(isAtOrBelow("a\\.b.example", "example"));
    EXPECT_FALSE(isAtOrBelow("a\\.b.example", "b.example"));
    EXPECT_FALSE(parseName("a..b").ok());
    EXPECT_FALSE(parseName(std::string(64, 'a') + ".example").ok());
    EXPECT_FALSE(parseName("a\\256.example").ok());
}

TEST(CanonicalNames, EscapedNamesResolveFromAZoneFile) {
    auto zone = ZoneData::fromFile(test::dataPath("zones/names.test.zone"));
    ASSERT_TRUE(zone) << zone.error().describe();
    auto resolver = makeResolver(*zone);
    expectNamesResolve(*resolver);
}

TEST(CanonicalNames, EscapedNamesResolveFromLiveDns) {
    ResolverOptions options;
    options.nameservers = {test::localDnsServer()};
    options.timeoutMs = 3000;
    auto stack = makeResolver(options);
    ASSERT_TRUE(stack) << stack.error().describe();
    expectNamesResolve(*stack->resolver);
    auto answer = stack->resolver->query("a b.names.test", RecordType::A);
    EXPECT_EQ(answer.status, Status::NxDomain) << "a raw space is a byte of the label, not a separator";
}

TEST(CanonicalNames, CacheKeysAreCanonical) {
    auto zone = ZoneData::fromFile(test::dataPath("zones/names.test.zone"));
    ASSERT_TRUE(zone) << zone.error().describe();
    auto resolver = makeResolver(*zone);
    EXPECT_EQ(resolver->query("Mixed Case.names.test", RecordType::TXT).status, Status::Records);
    EXPECT_EQ(resolver->query("mixed\\032case.names.test.", RecordType::TXT).status, Status::Records);
    EXPECT_EQ(resolver->queriesSent(), 1u);
    EXPECT_EQ(resolver->cacheHits(), 1u);
}
