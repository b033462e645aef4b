#include "tests/support/TestSupport.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

using dmarcplan::test::dataPath;
using dmarcplan::test::runCli;

namespace {
const char* kMessage = "From: Jane <jane@dkim.test>\nTo: bob@example.org\nSubject: CLI test\n"
                       "Date: Mon, 23 Nov 2026 10:00:00 +0000\n\nHello  Bob.\n";
std::string zone() {
    return dataPath("zones/dkim.test.zone");
}
} // namespace

TEST(DkimKeygenCli, WritesAPrivateKeyAndPrintsTheRecordAsJson) {
    dmarcplan::test::TempDir dir;
    auto result = runCli({"dkim", "keygen", "--domain", "Example.COM", "--selector", "s2026", "--algorithm", "ed25519",
                          "--out", dir.path(), "--format", "json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["name"], "s2026._domainkey.example.com");
    EXPECT_EQ(json["algorithm"], "ed25519");
    EXPECT_EQ(json["bits"], 256);
    EXPECT_EQ(json["record"].get<std::string>().rfind("v=DKIM1; k=ed25519; p=", 0), 0u);
    EXPECT_EQ(json["strings"].size(), 1u);
    EXPECT_FALSE(json.contains("private_key"));
    EXPECT_EQ(result.out.find("PRIVATE KEY"), std::string::npos);
    auto file = json["private_key_file"].get<std::string>();
    struct stat info {};
    ASSERT_EQ(stat(file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    auto pem = dmarcplan::test::readFile(file);
    EXPECT_EQ(pem.rfind("-----BEGIN PRIVATE KEY-----", 0), 0u);
    // Never overwritten without --force; the file stays as it was.
    auto again = runCli({"dkim", "keygen", "--domain", "example.com", "--selector", "s2026", "--out", dir.path()});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_NE(again.err.find("exists"), std::string::npos);
    EXPECT_EQ(dmarcplan::test::readFile(file), pem);
    auto forced = runCli({"dkim", "keygen", "--domain", "example.com", "--selector", "s2026", "--out", dir.path(),
                          "--force", "--bits", "1024", "--format", "json"});
    ASSERT_EQ(forced.exitCode, 0) << forced.err;
    auto forcedJson = nlohmann::json::parse(forced.out);
    EXPECT_EQ(forcedJson["bits"], 1024);
    EXPECT_EQ(forcedJson["findings"][0]["code"], "DKIM-KEYGEN-RSA-1024");
    EXPECT_NE(dmarcplan::test::readFile(file), pem);
    // --force on a key file that was left world-readable: the new key is 0600 all the same.
    ASSERT_EQ(chmod(file.c_str(), 0644), 0);
    ASSERT_EQ(runCli({"dkim", "keygen", "--domain", "example.com", "--selector", "s2026", "--out", dir.path(),
                      "--force", "--algorithm", "ed25519"})
                  .exitCode,
              0);
    ASSERT_EQ(stat(file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_EQ(runCli({"dkim", "keygen", "--domain", "example.com", "--selector", "s", "--bits", "512"}).exitCode, 2);
}

TEST(DkimKeygenCli, GeneratedKeySignsAndTheRecordVerifies) {
    dmarcplan::test::TempDir dir;
    auto keygen =
        runCli({"dkim", "keygen", "--domain", "gen.test", "--selector", "k1", "--out", dir.path(), "--format", "json"});
    ASSERT_EQ(keygen.exitCode, 0) << keygen.err;
    auto json = nlohmann::json::parse(keygen.out);
    dmarcplan::test::writeFile(dir.file("gen.zone"), "$ORIGIN gen.test.\n$TTL 300\n@ IN SOA ns hm 1 2 3 4 5\n" +
                                                         json["zone_line"].get<std::string>() + "\n");
    std::string message = "From: a@gen.test\nSubject: x\n\nbody\n";
    auto sign = runCli({"dkim", "sign", "--key", json["private_key_file"], "--domain", "gen.test", "--selector", "k1"},
                       message);
    ASSERT_EQ(sign.exitCode, 0) << sign.err;
    auto verify = runCli({"dkim", "verify", "--zone", dir.file("gen.zone"), "--offline"}, sign.out);
    EXPECT_EQ(verify.exitCode, 0) << verify.out << verify.err;
    EXPECT_EQ(verify.out.rfind("pass  d=gen.test s=k1 a=rsa-sha256", 0), 0u) << verify.out;
}

TEST(DkimLintCli, RecordTextAndSelectorLookups) {
    auto good = runCli({"dkim", "lint", "--domain", "dkim.test", "--selector", "rsa", "--zone", zone(), "--offline",
                        "--format", "json"});
    ASSERT_EQ(good.exitCode, 0) << good.err;
    auto json = nlohmann::json::parse(good.out);
    EXPECT_EQ(json["key"]["algorithm"], "rsa");
    EXPECT_EQ(json["key"]["bits"], 2048);
    EXPECT_TRUE(json["findings"].empty());
    auto revoked = runCli({"dkim", "lint", "--record", "v=DKIM1; k=rsa; h=sha1; p="});
    EXPECT_EQ(revoked.exitCode, 1);
    EXPECT_NE(revoked.out.find("DKIM-HASH-SHA1-ONLY"), std::string::npos);
    EXPECT_NE(revoked.out.find("DKIM-KEY-REVOKED"), std::string::npos);
    auto live = runCli({"dkim", "lint", "--domain", "dkim.test", "--selector", "provider", "--nameserver",
                        dmarcplan::test::localDnsServer(), "--format", "json"});
    ASSERT_EQ(live.exitCode, 0) << live.err;
    EXPECT_EQ(nlohmann::json::parse(live.out)["findings"][0]["code"], "DKIM-CNAME-DELEGATED");
    auto missing =
        runCli({"dkim", "lint", "--domain", "dkim.test", "--selector", "none", "--zone", zone(), "--offline"});
    EXPECT_EQ(missing.exitCode, 1);
    auto dnsDown = runCli({"dkim", "lint", "--domain", "dkim.test", "--selector", "rsa", "--nameserver", "127.0.0.1:9",
                           "--timeout", "300"});
    EXPECT_EQ(dnsDown.exitCode, 3);
    EXPECT_EQ(runCli({"dkim", "lint"}).exitCode, 2);
    EXPECT_EQ(runCli({"dkim", "lint", "--record", "x", "--domain", "d", "--selector", "s"}).exitCode, 2);
}

TEST(DkimSignVerifyCli, SignThenVerifyAndBreakIt) {
    auto sign = runCli({"dkim", "sign", "--key", dataPath("dkim/interop-ed25519.pem"), "--domain", "dkim.test",
                        "--selector", "ed", "--canonicalization", "simple/simple", "--headers", "From,To,Subject",
                        "--now", "1795000000", "--expires", "86400"},
                       kMessage);
    ASSERT_EQ(sign.exitCode, 0) << sign.err;
    EXPECT_EQ(sign.out.find('\r'), std::string::npos); // LF in, LF out
    EXPECT_NE(sign.out.find("h=from:to:subject;"), std::string::npos) << sign.out;
    auto verify =
        runCli({"dkim", "verify", "--zone", zone(), "--offline", "--now", "1795000100", "--format", "json"}, sign.out);
    ASSERT_EQ(verify.exitCode, 0) << verify.out << verify.err;
    auto json = nlohmann::json::parse(verify.out);
    ASSERT_EQ(json["signatures"].size(), 1u);
    const auto& s = json["signatures"][0];
    EXPECT_EQ(s["domain"], "dkim.test");
    EXPECT_EQ(s["selector"], "ed");
    EXPECT_EQ(s["algorithm"], "ed25519-sha256");
    EXPECT_EQ(s["result"], "pass");
    EXPECT_EQ(s["reason"], "none");
    auto expired =
        runCli({"dkim", "verify", "--zone", zone(), "--offline", "--now", "1795200000", "--format", "json"}, sign.out);
    EXPECT_EQ(expired.exitCode, 1);
    EXPECT_EQ(nlohmann::json::parse(expired.out)["signatures"][0]["reason"], "expired");
    auto tampered = sign.out;
    tampered.replace(tampered.find("Hello  Bob."), 11, "Hello Bob.");
    auto broken = runCli({"dkim", "verify", "--zone", zone(), "--offline", "--now", "1795000100"}, tampered);
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_NE(broken.out.find("fail  d=dkim.test s=ed a=ed25519-sha256  (body_hash_mismatch)"), std::string::npos)
        << broken.out;
    auto unsignedMessage = runCli({"dkim", "verify", "--zone", zone(), "--offline", "--format", "json"}, kMessage);
    EXPECT_EQ(unsignedMessage.exitCode, 1);
    EXPECT_EQ(nlohmann::json::parse(unsignedMessage.out)["result"], "none");
    auto dnsDown =
        runCli({"dkim", "verify", "--nameserver", "127.0.0.1:9", "--timeout", "300", "--now", "1795000100"}, sign.out);
    EXPECT_EQ(dnsDown.exitCode, 3);
}

TEST(DkimSignVerifyCli, InputErrorsAreExitCode2WithTheLine) {
    auto bad = runCli({"dkim", "verify", "--offline"}, "From: a@b\nnot a header line\n\nbody\n");
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("<stdin>:2:"), std::string::npos) << bad.err;
    auto noKey =
        runCli({"dkim", "sign", "--key", "/nonexistent.pem", "--domain", "d.test", "--selector", "s"}, kMessage);
    EXPECT_EQ(noKey.exitCode, 2);
    auto noFrom = runCli({"dkim", "sign", "--key", dataPath("dkim/interop-ed25519.pem"), "--domain", "dkim.test",
                          "--selector", "ed", "--headers", "To,Subject"},
                         kMessage);
    EXPECT_EQ(noFrom.exitCode, 2);
    EXPECT_NE(noFrom.err.find("From"), std::string::npos);
    auto badCanon = runCli({"dkim", "sign", "--key", dataPath("dkim/interop-ed25519.pem"), "--domain", "dkim.test",
                            "--selector", "ed", "--canonicalization", "loose"},
                           kMessage);
    EXPECT_EQ(badCanon.exitCode, 2);
}

TEST(DkimSignCli, RefusesA512BitKeyAndASelectorEndingInADot) {
    auto weak = runCli(
        {"dkim", "sign", "--key", dataPath("dkim/weak-rsa512.pem"), "--domain", "dkim.test", "--selector", "rsa"},
        kMessage);
    EXPECT_EQ(weak.exitCode, 2);
    EXPECT_TRUE(weak.out.empty()) << weak.out;
    EXPECT_NE(weak.err.find("512 bits"), std::string::npos) << weak.err;
    EXPECT_NE(weak.err.find("RFC 8301"), std::string::npos) << weak.err;
    auto dot = runCli(
        {"dkim", "sign", "--key", dataPath("dkim/interop-ed25519.pem"), "--domain", "dkim.test", "--selector", "ed."},
        kMessage);
    EXPECT_EQ(dot.exitCode, 2);
    EXPECT_NE(dot.err.find("selector"), std::string::npos) << dot.err;
    dmarcplan::test::TempDir dir;
    auto keygen = runCli({"dkim", "keygen", "--domain", "example.com", "--selector", "s2026.", "--out", dir.path()});
    EXPECT_EQ(keygen.exitCode, 2);
    EXPECT_NE(keygen.err.find("selector"), std::string::npos) << keygen.err;
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}
