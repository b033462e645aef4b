#include "core/spf/Evaluator.h"
#include "core/dns/ResolverFactory.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <thread>

using namespace dmarcplan;

namespace {

dns::Record txt(const std::string& name, const std::string& value) {
    return dns::Record::makeTxt(name, {value}, 300);
}
dns::Record address(const std::string& name, const std::string& value, dns::RecordType type = dns::RecordType::A) {
    dns::Record r;
    r.name = name;
    r.type = type;
    r.ttl = 300;
    r.value = value;
    return r;
}

std::shared_ptr<dns::CachingResolver> sampleZone() {
    dns::ZoneData zone;
    zone.addRecord(txt("example.com", "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all exp=why.example.com"));
    zone.addRecord(txt("why.example.com", "%{i} may not send for %{d}"));
    zone.addRecord(txt("_spf.example.net", "v=spf1 a:out.example.net ~all"));
    zone.addRecord(address("out.example.net", "198.51.100.7"));
    zone.addRecord(txt("helo.example.org", "v=spf1 ip6:2001:db8::/32 -all"));
    zone.addRecord(txt("loop.example", "v=spf1 include:loop.example -all"));
    zone.addRecord(txt("voids.example", "v=spf1 a:n1.example a:n2.example a:n3.example -all"));
    zone.addTimeout("slow.example");
    zone.addRecord(txt("temp.example", "v=spf1 include:slow.example -all"));
    return dns::makeResolver(std::move(zone));
}

spf::CheckRequest request(std::string ip, std::string sender, std::string helo = "mx.example.org") {
    spf::CheckRequest r;
    r.ip = std::move(ip);
    r.sender = std::move(sender);
    r.helo = std::move(helo);
    return r;
}

} // namespace

TEST(SpfEvaluator, PassThroughIncludeWithTrace) {
    auto resolver = sampleZone();
    auto outcome = spf::checkHost(*resolver, request("198.51.100.7", "alice@example.com"));
    EXPECT_EQ(outcome.result, spf::Result::Pass);
    EXPECT_EQ(outcome.domain, "example.com");
    EXPECT_EQ(outcome.dnsLookups, 2); // include + a
    EXPECT_EQ(outcome.decidingTerm, "include:_spf.example.net");
    bool sawQuery = false;
    for (const auto& step : outcome.trace)
        sawQuery = sawQuery || (step.kind == spf::TraceStep::Kind::Dns && step.text == "out.example.net A");
    EXPECT_TRUE(sawQuery);
    auto json = spf::toJson(outcome);
    EXPECT_EQ(json["result"], "pass");
    EXPECT_EQ(json["dns_lookups"], 2);
    EXPECT_EQ(json["void_lookups"], 0);
    EXPECT_TRUE(json["trace"].is_array());
    EXPECT_EQ(json["trace"].back()["kind"], "result");
}

TEST(SpfEvaluator, FailCarriesExpandedExplanation) {
    auto resolver = sampleZone();
    auto outcome = spf::checkHost(*resolver, request("203.0.113.9", "bob@example.com"));
    EXPECT_EQ(outcome.result, spf::Result::Fail);
    EXPECT_EQ(outcome.explanation, "203.0.113.9 may not send for example.com");
    EXPECT_TRUE(outcome.explanationFromRecord);
}

TEST(SpfEvaluator, NullSenderChecksHeloAsPostmaster) {
    auto resolver = sampleZone();
    auto outcome = spf::checkHost(*resolver, request("2001:db8::25", "", "helo.example.org"));
    EXPECT_EQ(outcome.result, spf::Result::Pass);
    EXPECT_EQ(outcome.domain, "helo.example.org");
    EXPECT_EQ(outcome.sender, "postmaster@helo.example.org");
    auto failing = spf::checkHost(*resolver, request("192.0.2.1", "", "helo.example.org"));
    EXPECT_EQ(failing.result, spf::Result::Fail);
    EXPECT_NE(failing.explanation.find("helo.example.org"), std::string::npos); // default explanation
}

TEST(SpfEvaluator, LimitsAndErrors) {
    auto resolver = sampleZone();
    auto loop = spf::checkHost(*resolver, request("192.0.2.1", "x@loop.example"));
    EXPECT_EQ(loop.result, spf::Result::PermError);
    EXPECT_EQ(loop.dnsLookups, 11);
    auto voids = spf::checkHost(*resolver, request("192.0.2.1", "x@voids.example"));
    EXPECT_EQ(voids.result, spf::Result::PermError);
    EXPECT_EQ(voids.voidLookups, 3);
    auto temp = spf::checkHost(*resolver, request("192.0.2.1", "x@temp.example"));
    EXPECT_EQ(temp.result, spf::Result::TempError);
    auto none = spf::checkHost(*resolver, request("192.0.2.1", "x@nothing.example"));
    EXPECT_EQ(none.result, spf::Result::None);
    auto bad = spf::checkHost(*resolver, request("not-an-ip", "x@example.com"));
    EXPECT_EQ(bad.result, spf::Result::PermError);
    ASSERT_TRUE(bad.inputError);
    EXPECT_EQ(bad.inputError->source, "--ip");
}

TEST(SpfEvaluator, LowerLevelFormAndThreads) {
    auto resolver = sampleZone();
    auto ip = spf::IpAddress::parse("192.0.2.200");
    auto outcome = spf::checkHost(*resolver, *ip, "example.com", "someone@elsewhere.example");
    EXPECT_EQ(outcome.result, spf::Result::Pass);
    std::vector<std::thread> threads;
    std::atomic<int> passes{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 50; ++i)
                if (spf::checkHost(*resolver, request("198.51.100.7", "a@example.com")).result == spf::Result::Pass)
                    ++passes;
        });
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(passes.load(), 200);
}

TEST(SpfEvaluator, AnswersFromTheLocalDnsServer) {
    auto stack = dns::makeResolver(dns::ResolverOptions{{}, {}, {test::localDnsServer()}, false, 3000});
    ASSERT_TRUE(stack) << stack.error().describe();
    auto pass = spf::checkHost(*stack->resolver, request("192.0.2.26", "x@fixture.test"));
    EXPECT_EQ(pass.result, spf::Result::Pass); // mx2
    auto fail = spf::checkHost(*stack->resolver, request("203.0.113.1", "x@fixture.test"));
    EXPECT_EQ(fail.result, spf::Result::Fail);
}
