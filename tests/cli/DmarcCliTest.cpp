#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using dmarcplan::test::dataPath;
using dmarcplan::test::runCli;

namespace {

std::vector<std::string> withZone(std::vector<std::string> args) {
    args.insert(args.end(), {"--zone", dataPath("dmarc/policies.zone"), "--offline"});
    return args;
}

} // namespace

TEST(DmarcLintCli, DomainLintAsJsonWithErrorsExitsOne) {
    auto result = runCli(withZone({"dmarc", "lint", "lintme.com", "--format", "json"}));
    EXPECT_EQ(result.exitCode, 1) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["domain"], "lintme.com");
    EXPECT_EQ(json["records"].size(), 1u);
    bool external = false;
    for (const auto& f : json["findings"])
        external = external || f["code"] == "DMARC-EXTERNAL-NOT-AUTHORIZED";
    EXPECT_TRUE(external);
}

TEST(DmarcLintCli, RecordTextAndUsageErrors) {
    auto ok = runCli(withZone(
        {"dmarc", "lint", "--record", "v=DMARC1; p=reject; rua=mailto:d@example.com", "--domain", "example.com"}));
    EXPECT_EQ(ok.exitCode, 0) << ok.out << ok.err;
    EXPECT_NE(ok.out.find("DMARC-P-REJECT"), std::string::npos);
    auto bad = runCli({"dmarc", "lint", "--record", "p=none; v=DMARC1", "--domain", "example.com", "--offline"});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.out.find("DMARC-VERSION-NOT-FIRST"), std::string::npos);
    EXPECT_EQ(runCli({"dmarc", "lint", "--record", "v=DMARC1"}).exitCode, 2);
    EXPECT_EQ(runCli({"dmarc", "lint"}).exitCode, 2);
}

TEST(DmarcLintCli, AgainstTheLocalServer) {
    auto result = runCli(
        {"dmarc", "lint", "fixture.test", "--nameserver", dmarcplan::test::localDnsServer(), "--format", "json"});
    auto json = nlohmann::json::parse(result.out);
    ASSERT_EQ(json["records"].size(), 1u) << result.out;
    EXPECT_EQ(json["records"][0], "v=DMARC1; p=reject; rua=mailto:dmarc@fixture.test");
}

TEST(DmarcEvaluateCli, JsonContract) {
    auto result =
        runCli(withZone({"dmarc", "evaluate", "--from", "mail.example.com", "--mail-from", "bounce@bounce.example.com",
                         "--spf", "pass", "--dkim", "fail:example.com:s1", "--format", "json"}));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["result"], "pass");
    EXPECT_EQ(json["spf_aligned"], true);
    EXPECT_EQ(json["dkim_aligned"], false);
    EXPECT_EQ(json["policy"]["domain"], "example.com");
    EXPECT_EQ(json["policy"]["tag"], "sp");
    EXPECT_EQ(json["policy"]["value"], "quarantine");
    EXPECT_EQ(json["policy"]["record"], "v=DMARC1; p=reject; sp=quarantine; np=reject; rua=mailto:dmarc@example.com");
    EXPECT_EQ(json["disposition"], "none");
    EXPECT_EQ(json["org_domain"], "example.com");
    EXPECT_NE(json["authentication_results"].get<std::string>().find("dmarc=pass"), std::string::npos);
}

TEST(DmarcEvaluateCli, FailTreeWalkAndBadInput) {
    auto fail = runCli(withZone({"dmarc", "evaluate", "--from", "team.dept.bigcorp.com", "--mail-from", "bigcorp.com",
                                 "--spf", "pass", "--org-domain", "treewalk", "--format", "json"}));
    EXPECT_EQ(fail.exitCode, 1);
    auto json = nlohmann::json::parse(fail.out);
    EXPECT_EQ(json["result"], "fail");
    EXPECT_EQ(json["org_domain"], "dept.bigcorp.com");
    EXPECT_EQ(json["disposition"], "reject");
    // With the PSL the same message passes.
    EXPECT_EQ(runCli(withZone({"dmarc", "evaluate", "--from", "team.dept.bigcorp.com", "--mail-from", "bigcorp.com",
                               "--spf", "pass"}))
                  .exitCode,
              0);
    EXPECT_EQ(runCli({"dmarc", "evaluate", "--from", "example.com", "--spf", "great", "--offline"}).exitCode, 2);
    EXPECT_EQ(runCli({"dmarc", "evaluate", "--from", "example.com", "--dkim", "pass", "--offline"}).exitCode, 2);
}

TEST(DmarcGenerateCli, ZoneAndJson) {
    auto zone = runCli({"dmarc", "generate", "--domain", "example.com", "--policy", "reject", "--rua",
                        "dmarc@reports.example.net", "--format", "zone"});
    ASSERT_EQ(zone.exitCode, 0) << zone.err;
    EXPECT_NE(
        zone.out.find("_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.net\""),
        std::string::npos)
        << zone.out;
    EXPECT_NE(zone.out.find("example.com._report._dmarc.reports.example.net. 3600 IN TXT \"v=DMARC1;\""),
              std::string::npos);
    auto json = nlohmann::json::parse(runCli({"dmarc", "generate", "--domain", "example.com", "--testing", "--policy",
                                              "quarantine", "--format", "json"})
                                          .out);
    EXPECT_EQ(json["value"], "v=DMARC1; p=quarantine; t=y");
    EXPECT_EQ(runCli({"dmarc", "generate", "--domain", "example.com", "--rua", "nobody"}).exitCode, 2);
    EXPECT_EQ(runCli({"dmarc", "generate", "--domain", "example.com", "--policy", "block"}).exitCode, 2);
}
