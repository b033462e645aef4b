#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using dmarcplan::test::dataPath;
using dmarcplan::test::runCli;

namespace {

const nlohmann::json* rowOf(const nlohmann::json& document, const std::string& id) {
    for (const auto& row : document["rows"])
        if (row["scenario"] == id)
            return &row;
    return nullptr;
}

} // namespace

TEST(SimulateCli, ListsScenariosAndParameters) {
    auto result = runCli({"simulate", "--list"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("  1  direct"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("12  subdomain-envelope"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Forwarded with SRS"), std::string::npos);
    EXPECT_NE(result.out.find("(r|s)"), std::string::npos);
    auto json =
        runCli({"simulate", "--list", "--format", "json", "--scenario-file", dataPath("simulate/user-scenarios.json")});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    auto document = nlohmann::json::parse(json.out);
    ASSERT_EQ(document["scenarios"].size(), 13u);
    EXPECT_EQ(document["scenarios"][12]["id"], "disclaimer-gateway");
    EXPECT_EQ(document["scenarios"][4]["definition"]["steps"][0]["type"], "forward");
    EXPECT_FALSE(document["parameters"].empty());
}

TEST(SimulateCli, TableFromAZoneFileAsText) {
    auto result = runCli({"simulate", "--zone", dataPath("simulate/example.com.zone"), "--offline"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Simulation for example.com"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("scenario"), std::string::npos);
    EXPECT_NE(result.out.find("SPF aligned"), std::string::npos);
    // The forward row: SPF fails at the forwarder, the intact signature carries DMARC.
    bool found = false;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("forward ", 0) == 0) {
            found = true;
            std::istringstream cells(line);
            std::vector<std::string> words;
            for (std::string word; cells >> word;)
                words.push_back(word);
            EXPECT_EQ(words, (std::vector<std::string>{"forward", "fail", "no", "pass", "yes", "pass", "none"}));
        }
    }
    EXPECT_TRUE(found) << result.out;
    EXPECT_NE(result.out.find("recommendation:"), std::string::npos);
}

TEST(SimulateCli, JsonRowsWithParametersAndSelectedScenarios) {
    auto result = runCli({"simulate", "--zone", dataPath("simulate/example.com.zone"), "--offline", "--scenario", "3",
                          "--scenario", "subdomain-envelope", "--scenario", "forward", "--set", "aspf=s", "--set",
                          "sign=off", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto document = nlohmann::json::parse(result.out);
    ASSERT_EQ(document["rows"].size(), 3u);
    EXPECT_EQ(document["domain"], "example.com");
    EXPECT_EQ(document["parameters"]["aspf"], "s");
    for (const char* id : {"provider-return-path", "subdomain-envelope", "forward"}) {
        const auto* row = rowOf(document, id);
        ASSERT_NE(row, nullptr) << id;
        for (const char* key : {"scenario", "spf", "spf_aligned", "dkim", "dkim_aligned", "dmarc", "disposition",
                                "reason", "recommendation", "evidence"})
            EXPECT_TRUE(row->contains(key)) << id << " " << key;
        EXPECT_EQ((*row)["dmarc"], "fail") << id;
        EXPECT_EQ((*row)["disposition"], "reject") << id;
        EXPECT_TRUE((*row)["recommendation"].is_string()) << id;
    }
    EXPECT_EQ((*rowOf(document, "forward"))["evidence"]["ip"], "203.0.113.25");
}

TEST(SimulateCli, UserScenariosFromAFile) {
    auto result =
        runCli({"simulate", "--zone", dataPath("simulate/example.com.zone"), "--offline", "--scenario-file",
                dataPath("simulate/user-scenarios.json"), "--scenario", "disclaimer-gateway", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto row = nlohmann::json::parse(result.out)["rows"][0];
    EXPECT_EQ(row["spf"], "pass");
    EXPECT_EQ(row["dkim"], "fail");
    EXPECT_EQ(row["dmarc"], "pass");
    EXPECT_EQ(row["evidence"]["dkim"][0]["reason"], "body_hash_mismatch");
}

TEST(SimulateCli, InputErrorsExitWith2) {
    auto zone = dataPath("simulate/example.com.zone");
    auto badSet = runCli({"simulate", "--zone", zone, "--offline", "--set", "aspf=sideways"});
    EXPECT_EQ(badSet.exitCode, 2);
    EXPECT_NE(badSet.err.find("aspf"), std::string::npos) << badSet.err;
    auto badScenario = runCli({"simulate", "--zone", zone, "--offline", "--scenario", "teleport"});
    EXPECT_EQ(badScenario.exitCode, 2);
    EXPECT_NE(badScenario.err.find("teleport"), std::string::npos);
    auto badFile =
        runCli({"simulate", "--zone", zone, "--offline", "--scenario-file", dataPath("simulate/bad-scenarios.json")});
    EXPECT_EQ(badFile.exitCode, 2);
    EXPECT_NE(badFile.err.find("bad-scenarios.json: scenarios[1].steps[0].srs"), std::string::npos) << badFile.err;
    auto noDomain = runCli({"simulate", "--offline"});
    EXPECT_EQ(noDomain.exitCode, 2);
}

// `simulate --plan`: the plan's records are what receivers see, and the plan's own scenarios run
// after the library's, through the same engines.
TEST(SimulateCli, PlanRecordsAndPlanScenarios) {
    auto plan = dmarcplan::test::sourcePath("resources/examples/example.com.dmarcplan.json");
    auto zone = dmarcplan::test::sourcePath("resources/examples/example.com.zone");
    auto result = runCli({"simulate", "--plan", plan, "--zone", zone, "--offline", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto document = nlohmann::json::parse(result.out);
    const auto* direct = rowOf(document, "direct");
    ASSERT_NE(direct, nullptr) << result.out;
    EXPECT_EQ((*direct)["dmarc"], "pass");
    const auto* office = rowOf(document, "plan-office-to-a-customer");
    ASSERT_NE(office, nullptr) << result.out;
    EXPECT_EQ((*office)["spf"], "pass");
    EXPECT_EQ((*office)["dmarc"], "pass");
    // Forwarded without SRS: the forwarder's address is not in example.com's SPF, but the author
    // signature survives, so DMARC still passes on DKIM.
    const auto* forwarded = rowOf(document, "plan-forwarded-by-a-university-alias");
    ASSERT_NE(forwarded, nullptr) << result.out;
    EXPECT_NE((*forwarded)["spf"], "pass");
    EXPECT_EQ((*forwarded)["dkim"], "pass");
    EXPECT_EQ((*forwarded)["dmarc"], "pass");
    // Strict SPF alignment and no author signature: the forwarded row now fails DMARC.
    auto unsigned_ = runCli({"simulate", "--plan", plan, "--zone", zone, "--offline", "--format", "json", "--set",
                             "sign=off", "--scenario", "plan-forwarded-by-a-university-alias"});
    ASSERT_EQ(unsigned_.exitCode, 0) << unsigned_.err;
    auto rows = nlohmann::json::parse(unsigned_.out)["rows"];
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0]["dmarc"], "fail");
}

TEST(SimulateCli, BrokenPlanIsAnInputError) {
    dmarcplan::test::TempDir dir;
    dmarcplan::test::writeFile(dir.file("bad.dmarcplan.json"), "{\"dmarcplan_plan\": 1, \"domain\": 5}");
    auto result = runCli({"simulate", "--plan", dir.file("bad.dmarcplan.json"), "--offline"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("bad.dmarcplan.json"), std::string::npos) << result.err;
}
