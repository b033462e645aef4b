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

TEST(HeadersCli, DirectoryIsUnreadableInput) {
    dmarcplan::test::TempDir dir;
    auto result = runCli({"headers", dir.path()});
    EXPECT_EQ(result.exitCode, 2) << result.out;
    EXPECT_NE(result.err.find("is a directory"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST(HeadersCli, UnparsableLineNamesItsLine) {
    auto result = runCli({"headers", "-"}, "From x\nFrom: a@example.com\n");
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.out.find("Line 1 is not a header field and was ignored: \"From x\""), std::string::npos)
        << result.out;
}

// std::regex overflowed the stack (SIGSEGV) on a long address literal or host name in Received.
TEST(HeadersCli, HostileReceivedFieldsDoNotCrash) {
    auto literal =
        runCli({"headers", "-", "--format", "json"}, "Received: from mx.example.com ([" + std::string(30000, '1') +
                                                         "] [192.0.2.7]) by mx.example.net\nFrom: a@example.com\n");
    ASSERT_EQ(literal.exitCode, 0) << literal.err;
    EXPECT_EQ(nlohmann::json::parse(literal.out)["client_ip"], "192.0.2.7");

    auto host = runCli({"headers", "-", "--format", "json"}, "Received: from " + std::string(300000, 'a') +
                                                                 " ([192.0.2.1]) by mx.example.net\n" +
                                                                 "From: a@example.com\n");
    ASSERT_EQ(host.exitCode, 0) << host.err;
    auto json = nlohmann::json::parse(host.out);
    EXPECT_EQ(json["from_domain"], "example.com");
    ASSERT_EQ(json["issues"].size(), 1u);
    EXPECT_EQ(json["issues"][0]["code"], "HEADERS-FIELD-TOO-LONG");
    EXPECT_EQ(json["issues"][0]["params"]["line"], "1");
}

TEST(HeadersCli, MegabyteMessageFromAFile) {
    dmarcplan::test::TempDir dir;
    std::string text = "Received: from " + std::string(40000, 'h') +
                       ".example.org ([203.0.113.5]) by mx\n"
                       "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com\n"
                       "From: a@example.com\n";
    while (text.size() < 1024 * 1024)
        text += "X-Filler: " + std::string(1000, 'x') + "\n";
    dmarcplan::test::writeFile(dir.file("big.eml"), text + "\n" + std::string(4096, 'b') + "\n");
    auto result = runCli({"headers", dir.file("big.eml"), "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["client_ip"], "203.0.113.5");
    EXPECT_EQ(json["helo"], std::string(40000, 'h') + ".example.org");
    EXPECT_EQ(json["explanations"][0]["code"], "HEADERS-SPF-PASS");
    EXPECT_TRUE(json["issues"].empty()) << json["issues"].dump();
}

TEST(HeadersCli, OversizedHeaderBlockIsRefusedWithTheReason) {
    std::string text = "From: a@example.com\n";
    while (text.size() < 3 * 1024 * 1024)
        text += "X-Filler: " + std::string(1000, 'x') + "\n";
    auto result = runCli({"headers", "-"}, text);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.err.find("The header block is"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("over the limit of 2097152"), std::string::npos) << result.err;
}
