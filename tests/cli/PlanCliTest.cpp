#include "tests/support/TestSupport.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

using dmarcplan::test::readFile;
using dmarcplan::test::runCli;
using dmarcplan::test::sourcePath;
using dmarcplan::test::TempDir;
using dmarcplan::test::writeFile;

namespace {
const std::string kExample = sourcePath("resources/examples/example.com.dmarcplan.json");
}

TEST(PlanCli, InitWritesAStarterPlanAndNeverOverwritesSilently) {
    TempDir dir;
    auto out = dir.file("shop.dmarcplan.json");
    auto first = runCli({"plan", "init", "--domain", "shop.example.jp", "--out", out});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    auto plan = nlohmann::json::parse(readFile(out));
    EXPECT_EQ(plan["dmarcplan_plan"], 1);
    EXPECT_EQ(plan["domain"], "shop.example.jp");
    EXPECT_EQ(plan["dmarc"]["stage"], "monitor");
    auto again = runCli({"plan", "init", "--domain", "shop.example.jp", "--out", out});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("exists"), std::string::npos);
    EXPECT_EQ(runCli({"plan", "init", "--domain", "shop.example.jp", "--out", out, "--force"}).exitCode, 0);
    EXPECT_EQ(runCli({"plan", "init", "--domain", "not a domain", "--out", out}).exitCode, 2);
}

TEST(PlanCli, InitForceKeepsTheFileMode) {
    TempDir dir;
    auto out = dir.file("shop.dmarcplan.json");
    ASSERT_EQ(runCli({"plan", "init", "--domain", "shop.example.jp", "--out", out}).exitCode, 0);
    ASSERT_EQ(chmod(out.c_str(), 0600), 0);
    auto forced = runCli({"plan", "init", "--domain", "shop.example.jp", "--out", out, "--force"});
    ASSERT_EQ(forced.exitCode, 0) << forced.err;
    struct stat info {};
    ASSERT_EQ(stat(out.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0600u);
}

TEST(PlanCli, GenerateZoneTableAndJson) {
    auto zone = runCli({"generate", "--plan", kExample});
    ASSERT_EQ(zone.exitCode, 0) << zone.err;
    EXPECT_NE(zone.out.find("example.com. 3600 IN TXT \"v=spf1 mx ip4:192.0.2.0/28 -all\""), std::string::npos);
    EXPECT_NE(zone.out.find("_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=quarantine;"), std::string::npos);
    auto table = runCli({"generate", "--plan", kExample, "--format", "table"});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_NE(table.out.find("\nmail2026._domainkey  TXT"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("\"v=DKIM1; k=rsa; p="), std::string::npos);
    auto json = nlohmann::json::parse(runCli({"generate", "--plan", kExample, "--format", "json"}).out);
    EXPECT_EQ(json["domain"], "example.com");
    ASSERT_EQ(json["records"].size(), 3u);
    EXPECT_EQ(json["records"][0]["host"], "@");
    const auto& dkim = json["records"][1];
    EXPECT_EQ(dkim["host"], "mail2026._domainkey");
    EXPECT_EQ(dkim["strings"].size(), 2u); // 2048-bit key: split at 255 bytes
    for (const auto& s : dkim["strings"])
        EXPECT_LE(s.get<std::string>().size(), 255u);
}

TEST(PlanCli, GenerateWithProvidersAndPendingValues) {
    TempDir dir;
    auto plan = nlohmann::json::parse(readFile(kExample));
    plan["sources"].push_back({{"kind", "provider"}, {"provider", "google-workspace"}});
    plan["sources"].push_back(
        {{"kind", "provider"}, {"provider", "postmark"}, {"options", {{"return_path", "pm-bounces"}}}});
    plan["sources"].push_back(
        {{"kind", "provider"},
         {"provider", "amazon-ses"},
         {"options",
          {{"return_path", "bounce"}, {"region", "ap-northeast-1"}, {"dkim_selectors", {"tok1", "tok2", "tok3"}}}}});
    plan["dmarc"]["rua"].push_back("mailto:reports@reports.example.net");
    plan["dmarc"]["own_report_domains"] = {"reports.example.net"};
    writeFile(dir.file("p.json"), plan.dump());
    auto result = runCli({"generate", "--plan", dir.file("p.json")});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("example.com. 3600 IN TXT \"v=spf1 mx ip4:192.0.2.0/28 include:_spf.google.com -all\""),
              std::string::npos)
        << result.out;
    EXPECT_NE(result.out.find("pm-bounces.example.com. 3600 IN CNAME pm.mtasv.net."), std::string::npos);
    EXPECT_NE(result.out.find("bounce.example.com. 3600 IN MX 10 feedback-smtp.ap-northeast-1.amazonses.com."),
              std::string::npos);
    EXPECT_NE(result.out.find("bounce.example.com. 3600 IN TXT \"v=spf1 include:amazonses.com -all\""),
              std::string::npos);
    EXPECT_NE(result.out.find("tok2._domainkey.example.com. 3600 IN CNAME tok2.dkim.amazonses.com."),
              std::string::npos);
    EXPECT_NE(result.out.find("example.com._report._dmarc.reports.example.net. 3600 IN TXT \"v=DMARC1"),
              std::string::npos);
    // Google's key comes from its console: pending, with a finding that says where to put it.
    EXPECT_NE(result.out.find("; PENDING google._domainkey.example.com."), std::string::npos);
    EXPECT_NE(result.err.find("PLAN-PENDING-VALUE"), std::string::npos);
}

TEST(PlanCli, GenerateCreatesMissingKeysOnceWithPrivateMode) {
    TempDir dir;
    auto plan = nlohmann::json::parse(readFile(kExample));
    plan["dkim"][0].erase("public_key");
    plan["dkim"].push_back({{"selector", "ed2026"}, {"algorithm", "ed25519-sha256"}});
    writeFile(dir.file("p.json"), plan.dump());
    std::filesystem::create_directory(dir.file("keys"));
    auto first = runCli({"generate", "--plan", dir.file("p.json"), "--keys", dir.file("keys"), "--format", "json"});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    auto key = dir.file("keys/mail2026.example.com.pem");
    struct stat info {};
    ASSERT_EQ(stat(key.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    auto firstJson = nlohmann::json::parse(first.out);
    auto second = runCli({"generate", "--plan", dir.file("p.json"), "--keys", dir.file("keys"), "--format", "json"});
    ASSERT_EQ(second.exitCode, 0) << second.err;
    // The second run reads the same keys instead of making new ones.
    EXPECT_EQ(nlohmann::json::parse(second.out)["records"], firstJson["records"]);
    EXPECT_NE(firstJson["records"][2]["value"].get<std::string>().find("k=ed25519"), std::string::npos);
    // Without --keys the records are pending.
    auto without = runCli({"generate", "--plan", dir.file("p.json"), "--format", "json"});
    EXPECT_EQ(nlohmann::json::parse(without.out)["records"][1]["pending"], true);
}

TEST(PlanCli, InvalidPlanNamesTheJsonPath) {
    TempDir dir;
    auto plan = nlohmann::json::parse(readFile(kExample));
    plan["dkim"][0]["key_size"] = 100;
    writeFile(dir.file("p.json"), plan.dump());
    auto result = runCli({"generate", "--plan", dir.file("p.json")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("$.dkim[0].key_size"), std::string::npos) << result.err;
}

TEST(PlanCli, ProvidersListsTheCatalogue) {
    auto result = runCli({"plan", "providers", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_GE(json["providers"].size(), 11u);
    for (const auto& p : json["providers"])
        EXPECT_FALSE(p["documentation"].empty());
}

TEST(PlanCli, DuplicateKeyInThePlanIsAnInputError) {
    TempDir dir;
    auto text = readFile(kExample);
    auto at = text.find("\"dmarc\": {");
    ASSERT_NE(at, std::string::npos);
    text.insert(at + 10, "\"stage\": \"reject\", ");
    writeFile(dir.file("twice.json"), text);
    auto result = runCli({"generate", "--plan", dir.file("twice.json")});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("$.dmarc.stage: duplicate key"), std::string::npos) << result.err;
}
