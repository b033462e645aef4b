#include "tests/support/TestSupport.h"

#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

using dmarcplan::test::dataPath;
using dmarcplan::test::runCli;
using dmarcplan::test::sourcePath;

namespace {

// code -> lines it was reported on, for one file
std::multiset<std::pair<std::string, int>> findingsIn(const nlohmann::json& findings, const std::string& fileSuffix) {
    std::multiset<std::pair<std::string, int>> out;
    for (const auto& f : findings) {
        auto file = f.value("file", std::string());
        if (file.size() >= fileSuffix.size() &&
            file.compare(file.size() - fileSuffix.size(), fileSuffix.size(), fileSuffix) == 0)
            out.emplace(f["code"].get<std::string>(), f.value("line", 0));
    }
    return out;
}

} // namespace

TEST(LintCli, DeliberateMistakesAreFoundOnTheirLines) {
    auto result =
        runCli({"lint", dataPath("plan/mistakes.zone"), dataPath("plan/weak.zone"), "--offline", "--format", "json"});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    auto json = nlohmann::json::parse(result.out);
    auto mistakes = findingsIn(json["findings"], "mistakes.zone");
    for (const auto& expected : std::vector<std::pair<std::string, int>>{{"ZONE-NO-ORG-DMARC", 5},
                                                                         {"ZONE-SPF-MULTIPLE", 10},
                                                                         {"ZONE-MX-WITHOUT-SPF", 11},
                                                                         {"ZONE-DKIM-OUTSIDE-DOMAINKEY", 12},
                                                                         {"ZONE-TXT-STRING-TOO-LONG", 13},
                                                                         {"ZONE-DMARC-MULTIPLE", 15}})
        EXPECT_EQ(mistakes.count(expected), 1u) << expected.first << " at line " << expected.second;
    auto weak = findingsIn(json["findings"], "weak.zone");
    EXPECT_EQ(weak.count({"ZONE-SUBDOMAIN-WEAK-POLICY", 9}), 1u);
    EXPECT_EQ(weak.count({"ZONE-REPORT-AUTH-INVALID", 10}), 1u);
    // The protocol linters ran on the records too, with the zone's line.
    EXPECT_EQ(weak.count({"DMARC-SP-NONE", 8}), 1u);
    // Every mail-authentication record is listed with its kind.
    std::set<std::string> kinds;
    for (const auto& r : json["records"])
        kinds.insert(r["kind"].get<std::string>());
    EXPECT_EQ(kinds, (std::set<std::string>{"spf", "dmarc", "report_authorization"}));
}

TEST(LintCli, ExamplePlanAndZoneLintCleanly) {
    auto zone = sourcePath("resources/examples/example.com.zone");
    auto planFile = sourcePath("resources/examples/example.com.dmarcplan.json");
    // The zone holds SPF and DMARC; with the plan its records take their place and add the DKIM key.
    using Run = std::pair<std::vector<std::string>, std::size_t>;
    for (const auto& [args, records] :
         std::vector<Run>{{{"lint", zone, "--offline", "--format", "json"}, 2},
                          {{"lint", zone, "--plan", planFile, "--offline", "--format", "json"}, 3}}) {
        auto result = runCli(args);
        EXPECT_EQ(result.exitCode, 0) << result.err << result.out;
        auto json = nlohmann::json::parse(result.out);
        for (const auto& f : json["findings"])
            EXPECT_EQ(f["severity"], "info") << f.dump();
        EXPECT_EQ(json["records"].size(), records);
    }
}

TEST(LintCli, SarifOutput) {
    auto result = runCli({"lint", dataPath("plan/mistakes.zone"), "--offline", "--format", "sarif"});
    EXPECT_EQ(result.exitCode, 1);
    auto sarif = nlohmann::json::parse(result.out);
    EXPECT_EQ(sarif["version"], "2.1.0");
    const auto& run = sarif["runs"][0];
    EXPECT_FALSE(run["tool"]["driver"]["rules"].empty());
    bool found = false;
    for (const auto& r : run["results"])
        if (r["ruleId"] == "ZONE-SPF-MULTIPLE") {
            found = true;
            EXPECT_EQ(r["level"], "error");
            const auto& location = r["locations"][0]["physicalLocation"];
            EXPECT_NE(location["artifactLocation"]["uri"].get<std::string>().find("mistakes.zone"), std::string::npos);
            EXPECT_EQ(location["region"]["startLine"], 10);
        }
    EXPECT_TRUE(found);
}

TEST(LintCli, TextOutputHasNoColourWhenNotATerminal) {
    auto result = runCli({"lint", dataPath("plan/mistakes.zone"), "--offline"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.out.find("ZONE-SPF-MULTIPLE"), std::string::npos);
    EXPECT_NE(result.out.find("mistakes.zone:10"), std::string::npos);
    EXPECT_EQ(result.out.find('\033'), std::string::npos);
}

TEST(LintCli, MalformedZoneAndMissingArgumentsAreUsageErrors) {
    dmarcplan::test::TempDir dir;
    dmarcplan::test::writeFile(dir.file("bad.zone"), "$ORIGIN bad.test.\n$TTL 60\n@ IN MX not-a-number\n");
    auto bad = runCli({"lint", dir.file("bad.zone"), "--offline"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("bad.zone:3"), std::string::npos) << bad.err;
    EXPECT_EQ(runCli({"lint"}).exitCode, 2);
}

// A TXT record can carry terminal escape sequences (ESC [2J clears the screen; ESC ] 52 writes the
// clipboard). Text output shows them as \027; JSON keeps the exact text (as \u001b).
TEST(LintCli, ControlCharactersInRecordsAreShownEscapedInTextOnly) {
    dmarcplan::test::TempDir dir;
    auto zone = dir.file("esc.zone");
    dmarcplan::test::writeFile(zone, "$ORIGIN esc.test.\n$TTL 300\n"
                                     "@ IN SOA ns.esc.test. hostmaster.esc.test. ( 1 3600 600 86400 300 )\n"
                                     "@ IN TXT \"v=spf1 \\027[2J\\027]52;c;aGk=\\007 \\127\\194\\155 -all\"\n");
    auto text = runCli({"lint", zone, "--offline"});
    EXPECT_EQ(text.exitCode, 1) << text.err;
    for (char control : {'\x1b', '\x07', '\x7f'})
        EXPECT_EQ(text.out.find(control), std::string::npos) << int(control) << " in:\n" << text.out;
    EXPECT_EQ(text.out.find("\xC2\x9B"), std::string::npos) << "a C1 control (CSI)";
    EXPECT_NE(text.out.find("at 7-8: \"\\027\""), std::string::npos) << text.out;

    auto query = runCli({"dns", "query", "esc.test", "TXT", "--zone", zone, "--offline"});
    EXPECT_EQ(query.exitCode, 0) << query.err;
    EXPECT_EQ(query.out.find("\xC2\x9B"), std::string::npos) << query.out;
    for (char control : {'\x1b', '\x07', '\x7f'})
        EXPECT_EQ(query.out.find(control), std::string::npos) << int(control) << " in:\n" << query.out;
    EXPECT_NE(query.out.find("\"v=spf1 \\027[2J\\027]52;c;aGk=\\007 \\127\\194\\155 -all\""), std::string::npos)
        << query.out;

    auto json = runCli({"dns", "query", "esc.test", "TXT", "--zone", zone, "--offline", "--format", "json"});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    EXPECT_NE(json.out.find("\\u001b[2J"), std::string::npos) << json.out;
    auto parsed = nlohmann::json::parse(json.out);
    EXPECT_EQ(parsed["records"][0]["value"], "v=spf1 \x1b[2J\x1b]52;c;aGk=\x07 \x7f\xC2\x9B -all");
}

namespace {

// A zone nsd would load (it needs an SOA), and one defect per case appended after line 5.
const std::string kSoaHead = "$ORIGIN ex.test.\n$TTL 60\n@ IN SOA ns.ex.test. host.ex.test. 1 3600 600 86400 120\n"
                             "@ IN NS ns.ex.test.\nns IN A 192.0.2.1\n";

struct Defect {
    const char* name;
    std::string lines; // from line 6
    std::string where; // "LINE:COLUMN" our error names
    bool nsdRefuses = true;
    int exitCode = 2; // lint reads on past an overlong string and reports it as an error finding (1)
};

std::vector<Defect> defects() {
    std::string bigTxt = "big IN TXT";
    for (int i = 0; i < 300; ++i)
        bigTxt += " \"" + std::string(250, 'a') + "\"";
    return {
        {"garbage", "garbage here\n", "6:9"},
        {"no type", "foo IN 3600\n", "6:13"},
        {"bad $TTL", "$TTL abc\n@ IN TXT \"x\"\n", "6:6"},
        {"class CH", "@ CH TXT \"v=spf1 -all\"\n", "6:3"},
        {"unclosed (", "_dmarc IN TXT ( \"v=DMARC1; p=reject\"\n@ IN A 192.0.2.9\n", "6:15"},
        {"nested (", "_dmarc IN TXT ( \"v=DMARC1; p=reject\"\nx IN TXT ( \"y\" )\n", "6:15"},
        {"stray )", "www IN A 192.0.2.1 )\n", "6:20"},
        {"unclosed quote", "www IN TXT \"abc\n", "6:12"},
        {"string over 255", "www IN TXT \"" + std::string(256, 'a') + "\"\n", "6:12", true, 1},
        {"TXT over 65535", bigTxt + "\n", "6:12"},
        {"bad owner, last line", "a..b IN A 192.0.2.1", "6:1"},
        {"bad owner, mid file", "a..b IN A 192.0.2.1\nc IN A 192.0.2.2\n", "6:1"},
        {"$GENERATE", "$GENERATE 1-3 host$ A 192.0.2.$\n", "6:1"},
        {"unknown directive", "$FOO bar\n", "6:1"},
        {"bad address", "www IN A 999.1.2.3\n", "6:10"},
        {"superfluous data", "www IN A 192.0.2.1 extra\n", "6:10"},
        // nsd reads a TTL of 2^32 without complaint; RFC 2181 §8 allows at most 2^31-1.
        {"TTL over 2^31-1", "www 4294967296 IN A 192.0.2.1\n", "6:5", false},
    };
}

std::string nsdCheckzone() {
    for (const char* path : {"/usr/sbin/nsd-checkzone", "/usr/bin/nsd-checkzone"})
        if (std::ifstream(path))
            return path;
    return {};
}

} // namespace

TEST(LintCli, UnreadableZonesExitTwoAndSayWhere) {
    dmarcplan::test::TempDir dir;
    for (const auto& defect : defects()) {
        const auto path = dir.file("broken.zone");
        dmarcplan::test::writeFile(path, kSoaHead + defect.lines);
        auto result = runCli({"lint", path, "--offline", "--format", "sarif"});
        EXPECT_EQ(result.exitCode, defect.exitCode) << defect.name << ": " << result.out << result.err;
        if (defect.exitCode == 2) {
            EXPECT_NE(result.err.find("broken.zone:" + defect.where + ": "), std::string::npos)
                << defect.name << ": " << result.err;
            continue;
        }
        bool found = false;
        const auto sarif = nlohmann::json::parse(result.out);
        for (const auto& r : sarif["runs"][0]["results"]) {
            const auto& region = r["locations"][0]["physicalLocation"]["region"];
            found = found || std::to_string(region.value("startLine", 0)) + ":" +
                                     std::to_string(region.value("startColumn", 0)) ==
                                 defect.where;
        }
        EXPECT_TRUE(found) << defect.name << ": " << result.out;
    }
}

TEST(LintCli, VerdictsOnBrokenZonesAgreeWithNsdCheckzone) {
    const auto checkzone = nsdCheckzone();
    ASSERT_FALSE(checkzone.empty()) << "nsd-checkzone not found (installers/debian-deps.sh installs nsd)";
    dmarcplan::test::TempDir dir;
    const auto path = dir.file("ex.test.zone");
    auto nsdAccepts = [&] { return std::system((checkzone + " ex.test '" + path + "' >/dev/null 2>&1").c_str()) == 0; };
    dmarcplan::test::writeFile(path, kSoaHead + "@ IN TXT \"v=spf1 -all\"\n");
    ASSERT_TRUE(nsdAccepts()) << "the base zone must be valid";
    EXPECT_NE(runCli({"lint", path, "--offline"}).exitCode, 2);
    for (const auto& defect : defects()) {
        dmarcplan::test::writeFile(path, kSoaHead + defect.lines);
        EXPECT_EQ(runCli({"lint", path, "--offline"}).exitCode, defect.exitCode) << defect.name;
        EXPECT_EQ(nsdAccepts(), !defect.nsdRefuses) << defect.name;
    }
}

TEST(LintCli, OverlongStringsAreFindingsWithAColumn) {
    dmarcplan::test::TempDir dir;
    const auto path = dir.file("long.zone");
    dmarcplan::test::writeFile(path,
                               kSoaHead + "@ IN TXT \"v=spf1 -all\"\nx IN TXT \"" + std::string(300, 'a') + "\"\n");
    auto result = runCli({"lint", path, "--offline", "--format", "sarif"});
    ASSERT_NE(result.exitCode, 2) << result.err;
    auto json = nlohmann::json::parse(result.out);
    bool found = false;
    for (const auto& r : json["runs"][0]["results"])
        if (r["ruleId"] == "ZONE-TXT-STRING-TOO-LONG") {
            found = true;
            const auto& region = r["locations"][0]["physicalLocation"]["region"];
            EXPECT_EQ(region["startLine"], 7);
            EXPECT_EQ(region.value("startColumn", 0), 10);
        }
    EXPECT_TRUE(found) << result.out;
}
