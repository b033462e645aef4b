// Interoperability with an independent implementation: Debian's python3-dkim (dkimpy), its
// dkimsign and dkimverify programs. dkimverify fetches keys with dnspython from the test nsd
// (tests/data/zones/dkim.test.zone), pointed there by a two-line wrapper around the real script.

#include "tests/support/TestSupport.h"

#include <cstdlib>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

using dmarcplan::test::dataPath;
using dmarcplan::test::runCli;

namespace {

const char* kMessage = "From: Jane Doe <jane@dkim.test>\r\n"
                       "To: Team <team@lists.example.org>\r\n"
                       "Subject: Interop  test\r\n"
                       "  folded\r\n"
                       "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
                       "Message-ID: <interop@dkim.test>\r\n"
                       "\r\n"
                       "Hello,  \r\n"
                       "\twhitespace\t inside and at ends \r\n"
                       "\r\n"
                       "\r\n";

struct Run {
    int exitCode = -1;
    std::string out;
};

// Runs a shell command with `input` on standard input; stdout and stderr are captured together.
Run runShell(const std::string& command, const std::string& input) {
    dmarcplan::test::TempDir dir;
    dmarcplan::test::writeFile(dir.file("in"), input);
    auto status = std::system((command + " < '" + dir.file("in") + "' > '" + dir.file("out") + "' 2>&1").c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, dmarcplan::test::readFile(dir.file("out"))};
}

std::string dkimverify() {
    auto server = dmarcplan::test::localDnsServer();
    auto colon = server.rfind(':');
    return "/usr/bin/python3 -c \"import sys, runpy, dns.resolver as r; x = r.Resolver(configure=False); "
           "x.nameservers = ['" +
           server.substr(0, colon) + "']; x.port = " + server.substr(colon + 1) +
           "; r.default_resolver = x; sys.argv = ['dkimverify']; runpy.run_path('/usr/bin/dkimverify', "
           "run_name='__main__')\"";
}

struct Algorithm {
    std::string selector, privateKey, dkimpyKey, signalg;
};
const Algorithm kAlgorithms[] = {
    {"rsa", "dkim/interop-rsa2048.pem", "dkim/interop-rsa2048.pem", "rsa-sha256"},
    {"ed", "dkim/interop-ed25519.pem", "dkim/interop-ed25519.seed.b64", "ed25519-sha256"},
};
const char* kCanons[] = {"simple/simple", "simple/relaxed", "relaxed/simple", "relaxed/relaxed"};

} // namespace

TEST(DkimInterop, DmarcplanSignaturesVerifyWithDkimpy) {
    for (const auto& algorithm : kAlgorithms) {
        for (std::string canon : kCanons) {
            auto sign = runCli({"dkim", "sign", "--key", dataPath(algorithm.privateKey), "--domain", "dkim.test",
                                "--selector", algorithm.selector, "--canonicalization", canon},
                               kMessage);
            ASSERT_EQ(sign.exitCode, 0) << sign.err;
            auto verify = runShell(dkimverify(), sign.out);
            EXPECT_EQ(verify.exitCode, 0) << algorithm.signalg << " " << canon << ": " << verify.out;
            EXPECT_NE(verify.out.find("signature ok"), std::string::npos) << verify.out;
            // And dkimpy notices a change.
            auto tampered = sign.out;
            tampered.replace(tampered.find("Hello,"), 6, "Hello!");
            EXPECT_NE(runShell(dkimverify(), tampered).exitCode, 0) << algorithm.signalg << " " << canon;
        }
    }
}

TEST(DkimInterop, DkimpySignaturesVerifyWithDmarcplan) {
    for (const auto& algorithm : kAlgorithms) {
        for (std::string canon : kCanons) {
            auto slash = canon.find('/');
            auto sign = runShell("dkimsign --hcanon " + canon.substr(0, slash) + " --bcanon " +
                                     canon.substr(slash + 1) + " --signalg " + algorithm.signalg + " " +
                                     algorithm.selector + " dkim.test '" + dataPath(algorithm.dkimpyKey) + "'",
                                 kMessage);
            ASSERT_EQ(sign.exitCode, 0) << sign.out;
            ASSERT_EQ(sign.out.rfind("DKIM-Signature:", 0), 0u) << sign.out;
            // Keys from the real DNS server for one algorithm, from the zone file for the other.
            std::vector<std::string> dns = {"--zone", dataPath("zones/dkim.test.zone"), "--offline"};
            if (algorithm.selector == "rsa")
                dns = {"--nameserver", dmarcplan::test::localDnsServer()};
            std::vector<std::string> args = {"dkim", "verify", "--format", "json"};
            args.insert(args.end(), dns.begin(), dns.end());
            auto verify = runCli(args, sign.out);
            ASSERT_EQ(verify.exitCode, 0) << algorithm.signalg << " " << canon << ": " << verify.out << verify.err;
            auto json = nlohmann::json::parse(verify.out);
            EXPECT_EQ(json["signatures"][0]["result"], "pass");
            EXPECT_EQ(json["signatures"][0]["algorithm"], algorithm.signalg);
            EXPECT_EQ(json["signatures"][0]["canonicalization"], canon);
        }
    }
}

TEST(DkimInterop, DkimpyRsaSha1IsReportedAsFailPerRfc8301) {
    auto sign =
        runShell("dkimsign --signalg rsa-sha1 rsa dkim.test '" + dataPath("dkim/interop-rsa2048.pem") + "'", kMessage);
    ASSERT_EQ(sign.exitCode, 0) << sign.out;
    auto verify = runCli(
        {"dkim", "verify", "--zone", dataPath("zones/dkim.test.zone"), "--offline", "--format", "json"}, sign.out);
    EXPECT_EQ(verify.exitCode, 1);
    auto json = nlohmann::json::parse(verify.out);
    EXPECT_EQ(json["signatures"][0]["result"], "fail");
    EXPECT_EQ(json["signatures"][0]["reason"], "weak_algorithm");
    EXPECT_EQ(json["signatures"][0]["notes"][0]["code"], "DKIM-NOTE-SHA1-WOULD-PASS");
}

TEST(DkimInterop, Rfc8463ExampleVerifiesOnTheCommandLine) {
    auto message = dmarcplan::test::readFile(dataPath("dkim/rfc8463-message.eml"));
    auto verify = runCli({"dkim", "verify", "--zone", dataPath("dkim/rfc8463.zone"), "--offline"}, message);
    EXPECT_EQ(verify.exitCode, 0) << verify.out;
    EXPECT_NE(verify.out.find("pass  d=football.example.com s=brisbane a=ed25519-sha256"), std::string::npos);
    EXPECT_NE(verify.out.find("pass  d=football.example.com s=test a=rsa-sha256"), std::string::npos);
}
