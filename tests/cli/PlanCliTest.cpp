#include "tests/support/TestSupport.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <map>
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

// Issue 21: a provider whose documentation gives no SPF facts used to leave the SPF record silently
// without it ("v=spf1 mx -all" for KAGOYA); the plan now says so.
TEST(PlanCli, GenerateFlagsAProviderWithUnknownSpfFacts) {
    TempDir dir;
    auto plan = nlohmann::json::parse(readFile(kExample));
    plan["sources"].push_back({{"kind", "provider"}, {"provider", "kagoya-mail"}});
    writeFile(dir.file("p.json"), plan.dump());
    auto result = runCli({"generate", "--plan", dir.file("p.json"), "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    bool flagged = false;
    for (const auto& f : json["findings"])
        if (f["code"] == "PLAN-PROVIDER-SPF-UNKNOWN") {
            flagged = true;
            EXPECT_NE(f["message"].get<std::string>().find("KAGOYA MAIL"), std::string::npos) << f.dump();
        }
    EXPECT_TRUE(flagged) << result.out;
    // A provider with a documented include is not flagged.
    plan["sources"].back()["provider"] = "google-workspace";
    writeFile(dir.file("p.json"), plan.dump());
    auto google = nlohmann::json::parse(runCli({"generate", "--plan", dir.file("p.json"), "--format", "json"}).out);
    for (const auto& f : google["findings"])
        EXPECT_NE(f["code"], "PLAN-PROVIDER-SPF-UNKNOWN") << f.dump();
}

TEST(PlanCli, ProvidersListsSourcesAndUnknownFacts) {
    auto result = runCli({"plan", "providers", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["schema"], 2);
    EXPECT_GE(json["providers"].size(), 40u);
    for (const auto& p : json["providers"]) {
        ASSERT_FALSE(p["sources"].empty()) << p["id"];
        for (const auto& s : p["sources"])
            EXPECT_EQ(s["read"].get<std::string>().size(), 10u) << p["id"];
        EXPECT_TRUE(p.contains("name_ja")) << p["id"];
    }
    auto text = runCli({"plan", "providers"});
    EXPECT_NE(text.out.find("kagoya-mail"), std::string::npos);
    EXPECT_NE(text.out.find("not in the documentation: spf"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("(read 2026-12-03)"), std::string::npos);
}

// Against the nsd fixture (tests/data/zones/catalogue.test.zone) with a catalogue of its own, so the
// test does not depend on the real providers' names.
TEST(PlanCli, ProvidersVerifyReportsGoneAndOverLimitNames) {
    auto result =
        runCli({"plan", "providers", "--verify", "--catalogue", dmarcplan::test::dataPath("catalogue/verify.json"),
                "--nameserver", dmarcplan::test::localDnsServer(), "--format", "json"});
    EXPECT_EQ(result.exitCode, 1) << result.err << result.out;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_TRUE(json["problems"].get<bool>());
    std::map<std::string, nlohmann::json> byName;
    for (const auto& c : json["checks"])
        byName[c["name"].get<std::string>()] = c;
    auto status = [&](const std::string& name) {
        return byName.count(name) ? byName[name]["status"].get<std::string>() : std::string("not checked");
    };
    EXPECT_EQ(status("_spf.catalogue.test"), "ok");
    EXPECT_EQ(byName["_spf.catalogue.test"]["lookups"], 2);
    EXPECT_EQ(status("sel1.dkim.catalogue.test"), "ok");
    EXPECT_EQ(status("sel2.dkim.catalogue.test"), "missing");
    EXPECT_EQ(status("bounce.catalogue.test"), "ok");
    EXPECT_EQ(status("heavy.catalogue.test"), "over-limit");
    EXPECT_EQ(byName["heavy.catalogue.test"]["lookups"], 11);
    EXPECT_EQ(status("nospf.catalogue.test"), "no-spf");
    EXPECT_EQ(status("gone-eu.catalogue.test"), "missing");
    EXPECT_EQ(byName["gone-eu.catalogue.test"]["fact"], "regions[eu].spf_include");
    EXPECT_EQ(status("gone.catalogue.test"), "missing");
    EXPECT_EQ(json["checks"].size(), 8u);

    auto text =
        runCli({"plan", "providers", "--verify", "--catalogue", dmarcplan::test::dataPath("catalogue/verify.json"),
                "--nameserver", dmarcplan::test::localDnsServer()});
    EXPECT_NE(text.out.find("heavy  spf.include  heavy.catalogue.test: over-limit"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("8 names checked, 5 problems"), std::string::npos) << text.out;

    auto down =
        runCli({"plan", "providers", "--verify", "--catalogue", dmarcplan::test::dataPath("catalogue/verify.json"),
                "--nameserver", "127.0.0.1:9", "--timeout", "300"});
    EXPECT_EQ(down.exitCode, 3) << down.out;
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
