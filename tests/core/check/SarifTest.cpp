#include "core/common/Sarif.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace dmarcplan;

namespace {

Findings sample() {
    Finding fromFile;
    fromFile.code = "ZONE-MX-WITHOUT-SPF";
    fromFile.severity = Severity::Warning;
    fromFile.params = {{"name", "shop.example.com"}};
    fromFile.location = {"zones/example.com.zone", 12, 0};
    Finding fromDns;
    fromDns.code = "DNS-TEMPERROR";
    fromDns.severity = Severity::Error;
    fromDns.params = {{"name", "_dmarc.example.com"}, {"type", "TXT"}, {"error", "timeout"}};
    fromDns.record = "v=spf1 include:x -all";
    fromDns.span = {7, 16};
    Finding again = fromFile;
    again.severity = Severity::Error;
    again.location.line = 30;
    return {fromFile, fromDns, again};
}

} // namespace

TEST(Sarif, StructureFollowsSarif210) {
    auto sarif = toSarif(sample(), {"0.1.0", "dns:example.com"});
    EXPECT_EQ(sarif["version"], "2.1.0");
    EXPECT_TRUE(sarif["$schema"].get<std::string>().find("sarif-2.1.0") != std::string::npos);
    ASSERT_EQ(sarif["runs"].size(), 1u);
    const auto& run = sarif["runs"][0];
    const auto& driver = run["tool"]["driver"];
    EXPECT_EQ(driver["name"], "dmarcplan");
    EXPECT_EQ(driver["version"], "0.1.0");
    // One rule per code, in first-seen order; the level is the most severe one seen.
    ASSERT_EQ(driver["rules"].size(), 2u);
    EXPECT_EQ(driver["rules"][0]["id"], "ZONE-MX-WITHOUT-SPF");
    EXPECT_EQ(driver["rules"][0]["defaultConfiguration"]["level"], "error");
    EXPECT_EQ(driver["rules"][1]["id"], "DNS-TEMPERROR");
    EXPECT_TRUE(driver["rules"][1]["shortDescription"]["text"].is_string());
    ASSERT_EQ(run["results"].size(), 3u);
    for (const auto& result : run["results"]) {
        EXPECT_TRUE(result["ruleId"].is_string());
        EXPECT_TRUE(result["level"] == "error" || result["level"] == "warning" || result["level"] == "note");
        EXPECT_TRUE(result["message"]["text"].is_string());
        ASSERT_EQ(result["locations"].size(), 1u);
        EXPECT_TRUE(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].is_string());
        EXPECT_EQ(driver["rules"][result["ruleIndex"].get<std::size_t>()]["id"], result["ruleId"]);
    }
}

TEST(Sarif, LocationsAreFileAndLineOrTheRecordSpan) {
    auto run = toSarif(sample(), {"", "dns:example.com"})["runs"][0];
    const auto& file = run["results"][0]["locations"][0]["physicalLocation"];
    EXPECT_EQ(file["artifactLocation"]["uri"], "zones/example.com.zone");
    EXPECT_EQ(file["region"]["startLine"], 12);
    EXPECT_EQ(run["results"][0]["level"], "warning");
    const auto& dns = run["results"][1]["locations"][0];
    EXPECT_EQ(dns["physicalLocation"]["artifactLocation"]["uri"], "dns:_dmarc.example.com?type=TXT");
    EXPECT_EQ(dns["physicalLocation"]["region"]["charOffset"], 7);
    EXPECT_EQ(dns["physicalLocation"]["region"]["charLength"], 9);
    EXPECT_EQ(dns["physicalLocation"]["region"]["snippet"]["text"], "include:x");
    EXPECT_EQ(dns["logicalLocations"][0]["name"], "_dmarc.example.com");
}

TEST(Sarif, EmptyFindingsStillMakeAValidRun) {
    auto sarif = toSarif({}, {"", "dns:example.com"});
    EXPECT_TRUE(sarif["runs"][0]["results"].empty());
    EXPECT_TRUE(sarif["runs"][0]["tool"]["driver"]["rules"].is_array());
}
