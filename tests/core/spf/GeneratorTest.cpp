#include "core/spf/Generator.h"
#include "core/common/MessageCatalogue.h"
#include "core/dns/ResolverFactory.h"
#include "core/spf/Evaluator.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace dmarcplan;

namespace {

dns::ZoneData providerZone() {
    dns::ZoneData zone;
    // Eleven providers whose records each cost one more lookup (an include of a shared block).
    zone.addRecord(
        dns::Record::makeTxt("_shared.provider.test", {"v=spf1 ip4:198.51.100.0/25 ip4:198.51.100.128/25 -all"}, 300));
    for (int i = 0; i < 6; ++i)
        zone.addRecord(dns::Record::makeTxt(
            "p" + std::to_string(i) + ".provider.test",
            {"v=spf1 ip4:203.0.113." + std::to_string(i) + " include:_shared.provider.test ~all"}, 300));
    zone.addRecord(dns::Record::makeTxt("macro.provider.test", {"v=spf1 exists:%{i}.x.provider.test -all"}, 300));
    dns::Record mx;
    mx.name = "example.com";
    mx.type = dns::RecordType::MX;
    mx.value = "mail.example.com";
    zone.addRecord(mx);
    dns::Record a;
    a.name = "mail.example.com";
    a.value = "192.0.2.25";
    zone.addRecord(a);
    return zone;
}

std::shared_ptr<dns::CachingResolver> providers() {
    return dns::makeResolver(providerZone());
}

} // namespace

TEST(SpfGenerator, ShortestRecordCheapestTermsFirst) {
    auto resolver = providers();
    spf::SenderDescription senders;
    senders.domain = "example.com";
    senders.addresses = {"192.0.2.0/25", "192.0.2.128/25", "192.0.2.7", "2001:db8::1", "2001:db8::/64"};
    senders.mx = true;
    senders.includes = {"p0.provider.test", "P0.provider.test."};
    senders.policy = spf::FinalPolicy::SoftFail;
    auto generated = spf::generate(senders, *resolver);
    ASSERT_TRUE(generated) << generated.error().describe();
    EXPECT_EQ(generated->record.text, "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/64 mx include:p0.provider.test ~all");
    EXPECT_EQ(generated->record.dnsLookups, 3); // mx, include, the provider's nested include
    EXPECT_FALSE(generated->flattened);
    EXPECT_EQ(generated->record.zoneLine(300),
              "example.com. 300 IN TXT \"v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/64 mx include:p0.provider.test ~all\"");
    // The generated record really authorizes what was described.
    spf::CheckRequest request;
    request.sender = "x@example.com";
    dns::ZoneData published = providerZone();
    published.addRecord(dns::Record::makeTxt("example.com", generated->record.strings, 300));
    auto withRecord = dns::makeResolver(std::move(published));
    for (const char* ip : {"192.0.2.200", "192.0.2.25", "203.0.113.0", "198.51.100.9"}) {
        request.ip = ip;
        EXPECT_EQ(spf::checkHost(*withRecord, request).result, spf::Result::Pass) << ip;
    }
    request.ip = "192.0.3.1";
    EXPECT_EQ(spf::checkHost(*withRecord, request).result, spf::Result::SoftFail);
}

TEST(SpfGenerator, OverTheLimitOffersAFlattenedVariant) {
    auto resolver = providers();
    spf::SenderDescription senders;
    for (int i = 0; i < 6; ++i)
        senders.includes.push_back("p" + std::to_string(i) + ".provider.test");
    senders.includes.push_back("macro.provider.test");
    auto generated = spf::generate(senders, *resolver);
    ASSERT_TRUE(generated);
    EXPECT_EQ(generated->record.dnsLookups, 14); // 6 x (include + nested include), include + exists
    ASSERT_TRUE(generated->flattened);
    EXPECT_EQ(generated->flattened->text,
              "v=spf1 ip4:198.51.100.0/24 ip4:203.0.113.0/30 ip4:203.0.113.4/31 include:macro.provider.test -all");
    EXPECT_EQ(generated->flattened->dnsLookups, 2);
    EXPECT_EQ(generated->keptIncludes, std::vector<std::string>{"macro.provider.test"});
    ASSERT_EQ(generated->notes.size(), 2u);
    EXPECT_EQ(generated->notes[0].code, "SPF-GENERATE-OVER-LIMIT");
    EXPECT_EQ(generated->notes[1].code, "SPF-GENERATE-FLATTENED");
    EXPECT_NE(generated->notes[1].message().find("regenerated"), std::string::npos);
    auto json = spf::toJson(*generated);
    EXPECT_EQ(json["dns_lookups"], 14);
    EXPECT_EQ(json["flattened"]["dns_lookups"], 2);
}

TEST(SpfGenerator, LongRecordsSplitIntoStringsAndBadInputIsAnError) {
    auto resolver = providers();
    spf::SenderDescription senders;
    for (int i = 0; i < 40; ++i)
        senders.addresses.push_back("198.51.100." + std::to_string(i * 6 + 1));
    auto generated = spf::generate(senders, *resolver);
    ASSERT_TRUE(generated);
    ASSERT_GT(generated->record.strings.size(), 1u);
    std::string joined;
    for (const auto& s : generated->record.strings) {
        EXPECT_LE(s.size(), 255u);
        joined += s;
    }
    EXPECT_EQ(joined, generated->record.text);
    senders.addresses = {"192.0.2.300"};
    auto bad = spf::generate(senders, *resolver);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().source, "--ip");
    spf::SenderDescription needsDomain;
    needsDomain.mx = true;
    EXPECT_FALSE(spf::generate(needsDomain, *resolver));
}
