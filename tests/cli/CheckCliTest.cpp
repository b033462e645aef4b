#include "tests/support/HostileDnsServer.h"
#include "tests/support/TestSupport.h"

#include <chrono>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using dmarcplan::test::localDnsServer;
using dmarcplan::test::runCli;

TEST(CheckCli, ChecksADomainOnTheLocalServer) {
    auto result = runCli({"check", "check.test", "--nameserver", localDnsServer(), "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err << result.out;
    auto json = nlohmann::json::parse(result.out);
    const auto& d = json["domains"][0];
    EXPECT_EQ(d["domain"], "check.test");
    EXPECT_EQ(d["spf"]["record"], "v=spf1 mx include:_spf.check.test -all");
    EXPECT_EQ(d["spf"]["dns_lookups"]["worst_case"], 3);
    EXPECT_EQ(d["dmarc"]["records"][0], "v=DMARC1; p=reject; rua=mailto:dmarc@check.test");
    for (const auto& view : d["dmarc"]["discovery"]) {
        EXPECT_EQ(view["status"], "found");
        EXPECT_EQ(view["policy"], "reject");
    }
    // No selectors given: the probe finds "default" and reports only what exists.
    EXPECT_EQ(d["dkim"]["probed"], true);
    ASSERT_EQ(d["dkim"]["selectors"].size(), 1u);
    EXPECT_EQ(d["dkim"]["selectors"][0]["selector"], "default");
    EXPECT_EQ(d["dkim"]["selectors"][0]["key"]["algorithm"], "ed25519");
    EXPECT_EQ(d["mx"]["exchanges"][0]["exchange"], "mx.check.test");
}

TEST(CheckCli, ManyDomainsGivenSelectorsAndSarif) {
    dmarcplan::test::TempDir dir;
    dmarcplan::test::writeFile(dir.file("domains.txt"), "# two domains\ncheck.test\nshop.check.test  # inherits\n");
    auto result = runCli({"check", "bare.check.test", "--domains-file", dir.file("domains.txt"), "--selector",
                          "default", "--selector", "missing", "--nameserver", localDnsServer(), "--format", "json"});
    auto json = nlohmann::json::parse(result.out);
    ASSERT_EQ(json["domains"].size(), 3u);
    EXPECT_EQ(json["domains"][0]["domain"], "bare.check.test");
    EXPECT_EQ(json["domains"][2]["dmarc"]["discovery"][0]["record_domain"], "check.test");
    EXPECT_EQ(json["domains"][1]["dkim"]["selectors"].size(), 2u);
    EXPECT_EQ(json["domains"][1]["dkim"]["selectors"][1]["found"], false);
    EXPECT_EQ(result.exitCode, 1); // the missing selector is an error-level finding
    auto sarif =
        runCli({"check", "check.test", "--selector", "missing", "--nameserver", localDnsServer(), "--format", "sarif"});
    auto s = nlohmann::json::parse(sarif.out);
    EXPECT_EQ(s["version"], "2.1.0");
    bool dkim = false;
    for (const auto& r : s["runs"][0]["results"])
        if (r["ruleId"] == "DKIM-NO-RECORD") {
            dkim = true;
            EXPECT_EQ(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                      "dns:missing._domainkey.check.test?type=TXT");
        }
    EXPECT_TRUE(dkim);
}

TEST(CheckCli, TextReportWithoutProgressWhenNotATerminal) {
    auto result = runCli({"check", "check.test", "shop.check.test", "--nameserver", localDnsServer()});
    EXPECT_EQ(result.exitCode, 1) << result.err; // shop.check.test publishes no SPF record
    EXPECT_NE(result.out.find("== shop.check.test"), std::string::npos);
    EXPECT_NE(result.out.find("SPF-NO-RECORD"), std::string::npos);
    EXPECT_NE(result.out.find("== check.test"), std::string::npos);
    EXPECT_NE(result.out.find("SPF: v=spf1 mx include:_spf.check.test -all"), std::string::npos);
    EXPECT_NE(result.out.find("default: ed25519"), std::string::npos);
    EXPECT_EQ(result.err.find("checked"), std::string::npos); // no progress line
}

TEST(CheckCli, UnreachableServerIsExitCode3) {
    auto result = runCli({"check", "check.test", "--nameserver", "127.0.0.1:9", "--timeout", "300", "--selector",
                          "default", "--format", "json"});
    EXPECT_EQ(result.exitCode, 3) << result.out;
    EXPECT_EQ(nlohmann::json::parse(result.out)["domains"][0]["dns_failure"], true);
}

// Issue 14: a bulk run against a silent server ends at --deadline, exit code 3, with a clear message.
TEST(CheckCli, DeadlineEndsABulkRunAgainstASilentServer) {
    dmarcplan::test::TempDir dir;
    std::string list;
    for (int i = 1; i <= 40; ++i)
        list += "d" + std::to_string(i) + ".example.test\n";
    dmarcplan::test::writeFile(dir.file("domains.txt"), list);
    dmarcplan::test::HostileDnsServer server("silent");
    auto started = std::chrono::steady_clock::now();
    auto result = runCli({"check", "--domains-file", dir.file("domains.txt"), "--nameserver", server.address(),
                          "--deadline", "2", "--format", "json"});
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(4));
    EXPECT_EQ(result.exitCode, 3) << result.err;
    EXPECT_NE(result.err.find("the --deadline of 2 s ran out"), std::string::npos) << result.err;
    auto json = nlohmann::json::parse(result.out);
    ASSERT_EQ(json["domains"].size(), 40u);
    for (const auto& d : json["domains"])
        EXPECT_EQ(d["dns_failure"], true) << d["domain"];
}

TEST(CheckCli, TimedOutSelectorSaysLookupFailedNotNoKey) {
    dmarcplan::test::HostileDnsServer server("silent");
    auto result =
        runCli({"check", "check.test", "--selector", "default", "--nameserver", server.address(), "--timeout", "300"});
    EXPECT_EQ(result.exitCode, 3) << result.out << result.err;
    EXPECT_NE(result.out.find("default: lookup failed (timed out after 300 ms"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find("no key"), std::string::npos) << result.out;
    auto json = nlohmann::json::parse(runCli({"check", "check.test", "--selector", "default", "--nameserver",
                                              server.address(), "--timeout", "300", "--format", "json"})
                                          .out);
    const auto& selector = json["domains"][0]["dkim"]["selectors"][0];
    EXPECT_EQ(selector["found"], false);
    EXPECT_EQ(selector["lookup_failed"], true);
}
