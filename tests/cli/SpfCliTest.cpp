#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using dmarcplan::test::runCli;

namespace {
std::string zone() {
    return dmarcplan::test::dataPath("zones/spf.test.zone");
}
} // namespace

TEST(SpfCheckCli, PassAndFailFromZoneFileAsJson) {
    auto pass = runCli({"spf", "check", "--ip", "192.0.2.25", "--sender", "a@spf.test", "--zone", zone(), "--offline",
                        "--format", "json"});
    ASSERT_EQ(pass.exitCode, 0) << pass.err << pass.out;
    auto json = nlohmann::json::parse(pass.out);
    EXPECT_EQ(json["result"], "pass");
    EXPECT_EQ(json["dns_lookups"], 2);
    EXPECT_EQ(json["void_lookups"], 0);
    EXPECT_TRUE(json["trace"].is_array());
    EXPECT_EQ(json["explanation"], "");

    auto fail = runCli({"spf", "check", "--ip", "203.0.113.5", "--sender", "a@spf.test", "--zone", zone(), "--offline",
                        "--format", "json"});
    EXPECT_EQ(fail.exitCode, 1);
    auto failed = nlohmann::json::parse(fail.out);
    EXPECT_EQ(failed["result"], "fail");
    EXPECT_EQ(failed["explanation"], "203.0.113.5 is not a sender of spf.test");
}

TEST(SpfCheckCli, AgainstTheLocalDnsServerAndHelo) {
    auto result = runCli({"spf", "check", "--ip", "198.51.100.20", "--sender", "", "--helo", "spf.test", "--nameserver",
                          dmarcplan::test::localDnsServer()});
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("result: pass"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("postmaster@spf.test"), std::string::npos);
    auto bad = runCli({"spf", "check", "--ip", "300.1.1.1", "--sender", "a@spf.test", "--offline"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("--ip"), std::string::npos);
}

TEST(SpfLintCli, DomainAndRecordWithJsonKeys) {
    auto clean = runCli({"spf", "lint", "spf.test", "--zone", zone(), "--offline", "--format", "json"});
    EXPECT_EQ(clean.exitCode, 0) << clean.out;
    auto json = nlohmann::json::parse(clean.out);
    EXPECT_EQ(json["dns_lookups"]["worst_case"], 2);
    EXPECT_EQ(json["dns_lookups"]["evaluation_order"], 2);
    EXPECT_EQ(json["lookup_tree"]["children"][0]["term"], "include:_spf.spf.test");

    auto open = runCli({"spf", "lint", "open.spf.test", "--zone", zone(), "--offline", "--format", "json"});
    EXPECT_EQ(open.exitCode, 1);
    auto findings = nlohmann::json::parse(open.out)["findings"];
    ASSERT_FALSE(findings.empty());
    EXPECT_EQ(findings[0]["code"], "SPF-PASS-ALL");
    EXPECT_EQ(findings[0]["severity"], "error");
    EXPECT_EQ(findings[0]["span"], nlohmann::json::array({7, 11}));
    EXPECT_FALSE(findings[0]["message"].get<std::string>().empty());
    EXPECT_FALSE(findings[0]["fix"].get<std::string>().empty());

    auto deep = runCli({"spf", "lint", "deep.spf.test", "--nameserver", dmarcplan::test::localDnsServer()});
    EXPECT_EQ(deep.exitCode, 1) << deep.out << deep.err;
    EXPECT_NE(deep.out.find("SPF-LOOKUP-LIMIT"), std::string::npos) << deep.out;

    auto record = runCli({"spf", "lint", "--record", "\"v=spf1 ip4:192.0.2.1/24 \" \"mx -all\"", "--domain", "spf.test",
                          "--zone", zone(), "--offline"});
    EXPECT_EQ(record.exitCode, 0) << record.out;
    EXPECT_NE(record.out.find("SPF-CIDR-HOST-BITS"), std::string::npos) << record.out;

    auto syntax = runCli({"spf", "lint", "--record", "v=spf1 ip4:1.2.3 -all", "--offline"});
    EXPECT_EQ(syntax.exitCode, 1);
    EXPECT_NE(syntax.out.find("position 12"), std::string::npos) << syntax.out;
    EXPECT_EQ(runCli({"spf", "lint", "--offline"}).exitCode, 2);
}

TEST(SpfGenerateCli, RecordStringsAndZoneLine) {
    auto result = runCli({"spf", "generate", "--domain", "spf.test", "--ip", "192.0.2.0/25", "--ip", "192.0.2.128/25",
                          "--mx", "--include", "_spf.spf.test", "--policy", "softfail", "--zone", zone(), "--offline",
                          "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["record"], "v=spf1 ip4:192.0.2.0/24 mx include:_spf.spf.test ~all");
    EXPECT_EQ(json["dns_lookups"], 3);
    EXPECT_EQ(json["strings"].size(), 1u);
    EXPECT_EQ(json["zone_line"], "spf.test. 3600 IN TXT \"v=spf1 ip4:192.0.2.0/24 mx include:_spf.spf.test ~all\"");
    auto zoneLine = runCli({"spf", "generate", "--ip", "2001:db8::1", "--format", "zone", "--offline"});
    EXPECT_EQ(zoneLine.exitCode, 0);
    EXPECT_EQ(zoneLine.out, "@ 3600 IN TXT \"v=spf1 ip6:2001:db8::1 -all\"\n");
    EXPECT_EQ(runCli({"spf", "generate", "--ip", "nonsense", "--offline"}).exitCode, 2);
}
