#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using dmarcplan::test::dataPath;
using dmarcplan::test::runCli;

TEST(HeadersCli, ExplainsFromFileAsJson) {
    auto result = runCli({"headers", dataPath("headers/esp-unaligned.eml"), "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["from_domain"], "shop.example.co.jp");
    EXPECT_EQ(json["client_ip"], "198.51.100.7");
    ASSERT_EQ(json["explanations"].size(), 3u);
    EXPECT_EQ(json["explanations"][2]["code"], "HEADERS-DMARC-FAIL");
    EXPECT_EQ(json["explanations"][0]["notes"][0]["code"], "HEADERS-SPF-NOT-ALIGNED");
}

TEST(HeadersCli, ReadsStandardInputAndToleratesGarbage) {
    auto text = dmarcplan::test::readFile(dataPath("headers/malformed.eml"));
    auto result = runCli({"headers", "-"}, text);
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("HEADERS-LINE-UNPARSABLE"), std::string::npos);
    EXPECT_EQ(runCli({"headers", "/nonexistent/file.eml"}).exitCode, 2);
}

TEST(HeadersCli, RecheckAgainstZoneData) {
    // The receiver recorded spf=fail; today the example.com SPF record (mx -all) authorises 192.0.2.25.
    dmarcplan::test::TempDir dir;
    dmarcplan::test::writeFile(dir.file("m.eml"),
                               "Authentication-Results: mx.example.net; spf=fail smtp.mailfrom=b@example.com; "
                               "dkim=none; dmarc=fail header.from=example.com\n"
                               "Received-SPF: fail client-ip=192.0.2.25; helo=mx.example.com\n"
                               "Return-Path: <b@example.com>\nFrom: a@example.com\nSubject: x\n\nbody\n");
    auto result = runCli({"headers", dir.file("m.eml"), "--recheck", "--zone", dataPath("dmarc/policies.zone"),
                          "--offline", "--format", "json"});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    auto json = nlohmann::json::parse(result.out);
    const auto& items = json["recheck"]["items"];
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0]["method"], "spf");
    EXPECT_EQ(items[0]["today"], "pass");
    EXPECT_EQ(items[0]["differs"], true);
    EXPECT_EQ(items[1]["today"], "none");
    EXPECT_EQ(items[1]["differs"], false);
    EXPECT_EQ(json["recheck"]["dmarc"]["result"], "pass");
}
