#include "tests/support/HostileDnsServer.h"
#include "tests/support/TestSupport.h"

#include <chrono>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using dmarcplan::test::runCli;

TEST(CliBasics, VersionAndHelp) {
    auto version = runCli({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_NE(version.out.find("dmarcplan 0."), std::string::npos);
    auto help = runCli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("Exit codes"), std::string::npos);
    EXPECT_NE(help.out.find("dns"), std::string::npos);
}

TEST(CliBasics, UnknownFlagIsUsageError) {
    auto result = runCli({"dns", "query", "--no-such-flag"});
    EXPECT_EQ(result.exitCode, 2);
}

TEST(DnsQueryCli, AnswersFromZoneFileAsJson) {
    auto result = runCli({"dns", "query", "split.fixture.test", "TXT", "--zone",
                          dmarcplan::test::dataPath("zones/fixture.test.zone"), "--offline", "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["status"], "records");
    EXPECT_EQ(json["records"][0]["type"], "TXT");
    EXPECT_EQ(json["records"][0]["strings"].size(), 3u);
    EXPECT_EQ(json["records"][0]["value"], "v=spf1 ip4:192.0.2.0/24 include:_spf.fixture.test -all");
}

TEST(DnsQueryCli, AnswersFromTheLocalServer) {
    auto result = runCli({"dns", "query", "fixture.test", "MX", "--nameserver", dmarcplan::test::localDnsServer(),
                          "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["status"], "records");
    EXPECT_EQ(json["records"].size(), 2u);
}

TEST(DnsQueryCli, NxdomainAndNodata) {
    auto zone = dmarcplan::test::dataPath("zones/fixture.test.zone");
    auto nx = runCli({"dns", "query", "missing.fixture.test", "TXT", "--zone", zone, "--offline", "--format", "json"});
    EXPECT_EQ(nlohmann::json::parse(nx.out)["status"], "nxdomain");
    auto nodata = runCli({"dns", "query", "notxt.fixture.test", "TXT", "--zone", zone, "--offline", "--format", "json"});
    EXPECT_EQ(nlohmann::json::parse(nodata.out)["status"], "nodata");
}

TEST(DnsQueryCli, SilentPortIsTempErrorWithExitCode3) {
    // Port 9 on loopback: nothing listens there in the test environment (discard service absent).
    auto result = runCli({"dns", "query", "fixture.test", "A", "--nameserver", "127.0.0.1:9", "--timeout", "500",
                          "--format", "json"});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_EQ(nlohmann::json::parse(result.out)["status"], "temperror");
}

TEST(DnsQueryCli, MalformedZoneFileIsInputErrorWithLine) {
    dmarcplan::test::TempDir dir;
    dmarcplan::test::writeFile(dir.file("bad.zone"), "$ORIGIN example.com.\n$TTL 60\nwww IN A not-an-address\n");
    auto result = runCli({"dns", "query", "www.example.com", "A", "--zone", dir.file("bad.zone"), "--offline"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("bad.zone:3"), std::string::npos) << result.err;
}

// Issue 14: `--timeout` is a promise, whatever the server does, and a forged answer never wins.
TEST(DnsQueryCli, HostileServersEndWithinTheTimeoutWithExitCode3) {
    for (const char* mode : {"tc-then-dribble", "silent", "slow", "slow-cname"}) {
        SCOPED_TRACE(mode);
        dmarcplan::test::HostileDnsServer server(mode);
        auto started = std::chrono::steady_clock::now();
        auto result =
            runCli({"dns", "query", "www.example.test", "A", "--nameserver", server.address(), "--timeout", "2000"});
        EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(2500));
        EXPECT_EQ(result.exitCode, 3) << result.out << result.err;
        EXPECT_NE(result.out.find("temperror (timed out after 2000 ms"), std::string::npos) << result.out;
    }
}

TEST(DnsQueryCli, ForgedAnswerArrivingFirstIsDropped) {
    for (const char* mode : {"wrong-id", "wrong-question", "qr0", "wrong-source"}) {
        SCOPED_TRACE(mode);
        dmarcplan::test::HostileDnsServer server(mode);
        auto result = runCli({"dns", "query", "www.example.test", "A", "--nameserver", server.address(), "--timeout",
                              "2000", "--format", "json"});
        ASSERT_EQ(result.exitCode, 0) << result.out << result.err;
        auto json = nlohmann::json::parse(result.out);
        EXPECT_EQ(json["status"], "records");
        ASSERT_EQ(json["records"].size(), 1u);
        EXPECT_EQ(json["records"][0]["value"], "192.0.2.1"); // never the forged 203.0.113.66
    }
}
