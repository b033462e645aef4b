#include "core/common/Clock.h"
#include "core/dkim/Signer.h"
#include "core/dkim/Verifier.h"
#include "tests/core/dkim/DkimTestSupport.h"

#include <atomic>
#include <nlohmann/json.hpp>

using namespace dmarcplan;
using namespace dmarcplan::dkim;
using dmarcplan::test::parseMessage;

namespace {

struct ClockGuard {
    explicit ClockGuard(std::int64_t now) { Clock::setFixed(now); }
    ~ClockGuard() { Clock::reset(); }
};

constexpr std::int64_t kNow = 1795000000;

SignOptions options(const std::string& selector, Canonicalization header, Canonicalization body) {
    SignOptions o;
    o.domain = "dkim.test";
    o.selector = selector;
    o.canonicalization = {header, body};
    return o;
}

mail::MailMessage signedSample(const KeyPair& key, const SignOptions& o) {
    auto message = parseMessage(test::sampleMessage());
    auto added = addSignature(message, key, o);
    EXPECT_TRUE(added) << added.error().describe();
    return message;
}

SignatureCheck verifyOne(const mail::MailMessage& message) {
    Verifier verifier(test::dkimResolver());
    auto checks = verifier.verify(message);
    EXPECT_EQ(checks.size(), 1u);
    return checks.empty() ? SignatureCheck{} : checks.front();
}

class SignVerifyAllCanon
    : public ::testing::TestWithParam<std::tuple<std::string, Canonicalization, Canonicalization>> {};

} // namespace

TEST(DkimVerify, Rfc8463AppendixAMessageVerifiesWithBothSignatures) {
    auto text = test::readFile(test::dataPath("dkim/rfc8463-message.eml"));
    auto message = parseMessage(text);
    ClockGuard clock(kNow);
    Verifier verifier(test::dkimResolver());
    auto checks = verifier.verify(message);
    ASSERT_EQ(checks.size(), 2u);
    EXPECT_EQ(checks[0].algorithm, "ed25519-sha256");
    EXPECT_EQ(checks[0].selector, "brisbane");
    EXPECT_EQ(checks[1].algorithm, "rsa-sha256");
    EXPECT_EQ(checks[1].keyBits, 1024);
    for (const auto& check : checks) {
        EXPECT_EQ(check.result, VerifyResult::Pass) << toString(check.reason);
        EXPECT_EQ(check.domain, "football.example.com");
    }
    // The RFC's secret keys (A.1) belong to the published records (A.2).
    auto seed = base64Decode(test::readFile(test::dataPath("dkim/rfc8463-ed25519.b64")));
    ASSERT_TRUE(seed);
    auto rfcKey = KeyPair::fromKey(ed25519PrivateKeyFromRaw(*seed));
    ASSERT_TRUE(rfcKey.valid());
    EXPECT_EQ(rfcKey.publicKeyBase64(), "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=");
    auto rsa = test::loadKey("rfc8463-rsa.pem");
    EXPECT_EQ(rsa.bits(), 1024);
    // A changed body breaks both.
    message.appendToBody("P.S.\n");
    for (const auto& check : verifier.verify(message))
        EXPECT_EQ(check.reason, VerifyReason::BodyHashMismatch);
}

TEST_P(SignVerifyAllCanon, SignedMessagesVerify) {
    auto [selector, header, body] = GetParam();
    ClockGuard clock(kNow);
    auto key = test::loadKey(selector == "rsa" ? "interop-rsa2048.pem" : "interop-ed25519.pem");
    auto message = signedSample(key, options(selector, header, body));
    auto check = verifyOne(message);
    EXPECT_EQ(check.result, VerifyResult::Pass) << toString(check.reason);
    EXPECT_EQ(check.algorithm, selector == "rsa" ? "rsa-sha256" : "ed25519-sha256");
    EXPECT_EQ(check.canonicalization, std::string(toString(header)) + "/" + std::string(toString(body)));
    EXPECT_EQ(check.timestamp, kNow);
    // Survives serialisation and a round trip through LF line ends.
    auto reparsed = parseMessage(message.toString(mail::LineEnding::Lf));
    EXPECT_EQ(verifyOne(reparsed).result, VerifyResult::Pass);
}

INSTANTIATE_TEST_SUITE_P(Dkim, SignVerifyAllCanon,
                         ::testing::Combine(::testing::Values("rsa", "ed"),
                                            ::testing::Values(Canonicalization::Simple, Canonicalization::Relaxed),
                                            ::testing::Values(Canonicalization::Simple, Canonicalization::Relaxed)));

// What intermediaries do, and what simple vs relaxed predict (RFC 6376 §3.4).
TEST(DkimVerify, ChangesBreakWhatTheCanonicalizationPredicts) {
    ClockGuard clock(kNow);
    auto key = test::loadKey("interop-ed25519.pem");
    struct Case {
        const char* name;
        void (*change)(mail::MailMessage&);
        VerifyReason simple;
        VerifyReason relaxed;
    };
    const Case cases[] = {
        {"subject prefixed", [](mail::MailMessage& m) { m.setHeader("Subject", "[team] Quarterly numbers"); },
         VerifyReason::SignatureMismatch, VerifyReason::SignatureMismatch},
        {"footer added", [](mail::MailMessage& m) { m.appendToBody("--\nList footer\n"); },
         VerifyReason::BodyHashMismatch, VerifyReason::BodyHashMismatch},
        {"header re-folded", [](mail::MailMessage& m) { m.refoldHeader(m.indexesOf("To").front(), 8); },
         VerifyReason::SignatureMismatch, VerifyReason::None},
        {"header case and spaces",
         [](mail::MailMessage& m) {
             m.replaceHeader(m.indexesOf("Subject").front(), "subject:  Quarterly   numbers ");
         },
         VerifyReason::SignatureMismatch, VerifyReason::None},
        {"body whitespace",
         [](mail::MailMessage& m) { m.setBody("Hello team,  \n\nthe numbers are in. See you.\n\n"); },
         VerifyReason::BodyHashMismatch, VerifyReason::None},
        {"trailing blank lines", [](mail::MailMessage& m) { m.appendToBody("\n\n\n"); }, VerifyReason::None,
         VerifyReason::None},
        {"unsigned header added", [](mail::MailMessage& m) { m.addHeader("X-Scanned", "yes"); }, VerifyReason::None,
         VerifyReason::None},
    };
    for (const auto& c : cases) {
        for (auto canon : {Canonicalization::Simple, Canonicalization::Relaxed}) {
            auto message = signedSample(key, options("ed", canon, canon));
            c.change(message);
            auto check = verifyOne(message);
            auto expected = canon == Canonicalization::Simple ? c.simple : c.relaxed;
            EXPECT_EQ(check.reason, expected)
                << c.name << " with " << toString(canon) << ": got " << toString(check.reason);
            EXPECT_EQ(check.result, resultFor(expected));
        }
    }
}

TEST(DkimVerify, BodyLengthLetsAFooterPassAndSaysSo) {
    ClockGuard clock(kNow);
    auto o = options("rsa", Canonicalization::Relaxed, Canonicalization::Relaxed);
    o.bodyLength = 1000000; // the whole body, as l= signers do
    auto message = signedSample(test::loadKey("interop-rsa2048.pem"), o);
    message.appendToBody("--\nfooter added by the list\n");
    auto check = verifyOne(message);
    EXPECT_EQ(check.result, VerifyResult::Pass);
    ASSERT_TRUE(check.bodyLength);
    ASSERT_EQ(check.notes.size(), 1u);
    EXPECT_EQ(check.notes[0].code, "DKIM-NOTE-BODY-LENGTH");
    message.setBody("short\n");
    EXPECT_EQ(verifyOne(message).reason, VerifyReason::BodyLengthInvalid);
}

TEST(DkimVerify, OverSigningBlocksAnAddedField) {
    ClockGuard clock(kNow);
    auto key = test::loadKey("interop-ed25519.pem");
    for (bool overSign : {false, true}) {
        auto o = options("ed", Canonicalization::Relaxed, Canonicalization::Relaxed);
        o.overSign = overSign;
        auto message = signedSample(key, o);
        message.prependHeader("Subject", "Win a prize");
        EXPECT_EQ(verifyOne(message).reason, overSign ? VerifyReason::SignatureMismatch : VerifyReason::None);
    }
}

TEST(DkimVerify, ExpiryAndTimestampFollowTheClock) {
    auto o = options("ed", Canonicalization::Relaxed, Canonicalization::Relaxed);
    o.expiresIn = 3600;
    mail::MailMessage message;
    {
        ClockGuard clock(kNow);
        message = signedSample(test::loadKey("interop-ed25519.pem"), o);
    }
    {
        ClockGuard clock(kNow + 60);
        auto check = verifyOne(message);
        EXPECT_EQ(check.result, VerifyResult::Pass);
        EXPECT_EQ(check.expiration, kNow + 3600);
    }
    {
        ClockGuard clock(kNow + 7200);
        auto check = verifyOne(message);
        EXPECT_EQ(check.result, VerifyResult::PermError);
        EXPECT_EQ(check.reason, VerifyReason::Expired);
    }
    {
        ClockGuard clock(kNow - 3600); // the signer's clock was ahead
        auto check = verifyOne(message);
        EXPECT_EQ(check.result, VerifyResult::Pass);
        ASSERT_FALSE(check.notes.empty());
        EXPECT_EQ(check.notes[0].code, "DKIM-NOTE-FUTURE-TIMESTAMP");
    }
}

TEST(DkimVerify, KeyProblemsHaveTheirReasons) {
    ClockGuard clock(kNow);
    auto rsa = test::loadKey("interop-rsa2048.pem");
    auto ed = test::loadKey("interop-ed25519.pem");
    auto relaxed = Canonicalization::Relaxed;
    EXPECT_EQ(verifyOne(signedSample(ed, options("missing", relaxed, relaxed))).reason, VerifyReason::KeyNotFound);
    EXPECT_EQ(verifyOne(signedSample(rsa, options("revoked", relaxed, relaxed))).reason, VerifyReason::KeyRevoked);
    EXPECT_EQ(verifyOne(signedSample(rsa, options("ed", relaxed, relaxed))).reason, VerifyReason::KeyAlgorithmMismatch);
    EXPECT_EQ(verifyOne(signedSample(ed, options("sha1only", relaxed, relaxed))).reason,
              VerifyReason::KeyHashNotAllowed);
    EXPECT_EQ(verifyOne(signedSample(ed, options("short", relaxed, relaxed))).reason, VerifyReason::KeySyntax);
    auto testing = verifyOne(signedSample(ed, options("testing", relaxed, relaxed)));
    EXPECT_EQ(testing.result, VerifyResult::Pass);
    EXPECT_TRUE(testing.keyTesting);
    // Two TXT records at the name: the DKIM one is used.
    EXPECT_EQ(verifyOne(signedSample(ed, options("twice", relaxed, relaxed))).result, VerifyResult::Pass);
    // A key delegated to a provider through a CNAME.
    EXPECT_EQ(verifyOne(signedSample(rsa, options("provider", relaxed, relaxed))).result, VerifyResult::Pass);
    // The wrong key for the selector.
    auto wrong = test::loadKey("rfc8463-rsa.pem");
    EXPECT_EQ(verifyOne(signedSample(wrong, options("rsa", relaxed, relaxed))).reason, VerifyReason::SignatureMismatch);

    // DNS failure is a temporary error.
    dns::ZoneData zones;
    zones.addTimeout("ed._domainkey.dkim.test");
    Verifier verifier(dns::makeResolver(zones));
    auto checks = verifier.verify(signedSample(ed, options("ed", relaxed, relaxed)));
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0].result, VerifyResult::TempError);
    EXPECT_EQ(overallResult(checks), VerifyResult::TempError);
}

TEST(DkimVerify, RsaSha1FailsAsRfc8301Requires) {
    ClockGuard clock(kNow);
    auto o = options("rsa", Canonicalization::Relaxed, Canonicalization::Relaxed);
    o.rsaHash = HashAlgorithm::Sha1;
    auto check = verifyOne(signedSample(test::loadKey("interop-rsa2048.pem"), o));
    EXPECT_EQ(check.algorithm, "rsa-sha1");
    EXPECT_EQ(check.result, VerifyResult::Fail);
    EXPECT_EQ(check.reason, VerifyReason::WeakAlgorithm);
    ASSERT_EQ(check.notes.size(), 1u);
    EXPECT_EQ(check.notes[0].code, "DKIM-NOTE-SHA1-WOULD-PASS");
}

TEST(DkimVerify, MalformedSignaturesAreNeutralAndNeverCrash) {
    ClockGuard clock(kNow);
    auto message = signedSample(test::loadKey("interop-ed25519.pem"),
                                options("ed", Canonicalization::Relaxed, Canonicalization::Relaxed));
    auto original = message.headers()[0].raw;
    struct Case {
        std::string from, to;
        VerifyReason reason;
    };
    const Case cases[] = {{"v=1;", "v=2;", VerifyReason::UnsupportedVersion},
                          {"a=ed25519-sha256", "a=ed448-sha256", VerifyReason::UnknownAlgorithm},
                          {"h=from:", "h=", VerifyReason::FromNotSigned},
                          {"d=dkim.test;", "d=dkim.test; i=joe@elsewhere.example;", VerifyReason::IdentityMismatch},
                          {"d=dkim.test;", "d=dkim.test; d=dkim.test;", VerifyReason::SignatureSyntax},
                          {"bh=", "bh=!!", VerifyReason::SignatureSyntax},
                          {"s=ed;", "", VerifyReason::SignatureSyntax}};
    for (const auto& c : cases) {
        auto copy = message;
        auto raw = original;
        auto pos = raw.find(c.from);
        ASSERT_NE(pos, std::string::npos) << c.from;
        raw.replace(pos, c.from.size(), c.to);
        copy.replaceHeader(0, raw);
        auto check = verifyOne(copy);
        EXPECT_EQ(check.reason, c.reason) << raw;
        EXPECT_EQ(check.result, resultFor(c.reason));
    }
    // Truncations of the field at every length: no crash, never a pass.
    for (std::size_t n = 16; n < original.size(); n += 7) {
        auto copy = message;
        copy.replaceHeader(0, original.substr(0, n));
        EXPECT_NE(verifyOne(copy).result, VerifyResult::Pass);
    }
}

TEST(DkimVerify, SeveralSignaturesEachWithItsResultAndJson) {
    ClockGuard clock(kNow);
    auto message = parseMessage(test::sampleMessage());
    auto relaxed = Canonicalization::Relaxed;
    ASSERT_TRUE(addSignature(message, test::loadKey("interop-rsa2048.pem"), options("rsa", relaxed, relaxed)));
    ASSERT_TRUE(addSignature(message, test::loadKey("interop-ed25519.pem"), options("ed", relaxed, relaxed)));
    ASSERT_TRUE(addSignature(message, test::loadKey("interop-ed25519.pem"), options("missing", relaxed, relaxed)));
    Verifier verifier(test::dkimResolver());
    auto checks = verifier.verify(message);
    ASSERT_EQ(checks.size(), 3u);
    EXPECT_EQ(checks[0].result, VerifyResult::PermError);
    EXPECT_EQ(checks[1].result, VerifyResult::Pass);
    EXPECT_EQ(checks[2].result, VerifyResult::Pass);
    EXPECT_EQ(overallResult(checks), VerifyResult::Pass);
    auto json = toJson(checks[0]);
    EXPECT_EQ(json["domain"], "dkim.test");
    EXPECT_EQ(json["selector"], "missing");
    EXPECT_EQ(json["algorithm"], "ed25519-sha256");
    EXPECT_EQ(json["result"], "permerror");
    EXPECT_EQ(json["reason"], "key_not_found");
    EXPECT_EQ(json["explanation"], "No key record at missing._domainkey.dkim.test");
    EXPECT_EQ(overallResult({}), VerifyResult::None);
}

namespace {
// Counts the questions the verifier asks, to show parsed keys are reused.
class CountingResolver : public dns::Resolver {
public:
    explicit CountingResolver(dns::ResolverPtr inner) : m_inner(std::move(inner)) {}
    dns::Answer query(std::string_view name, dns::RecordType type) override {
        ++asked;
        return m_inner->query(name, type);
    }
    std::size_t queriesSent() const override { return m_inner->queriesSent(); }
    std::atomic<int> asked{0};

private:
    dns::ResolverPtr m_inner;
};
} // namespace

TEST(DkimVerify, KeysAreCachedPerSelectorAndDomain) {
    ClockGuard clock(kNow);
    auto message = signedSample(test::loadKey("interop-rsa2048.pem"),
                                options("rsa", Canonicalization::Relaxed, Canonicalization::Relaxed));
    auto counting = std::make_shared<CountingResolver>(test::dkimResolver());
    Verifier verifier(counting);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(verifier.verify(message).at(0).result, VerifyResult::Pass);
    EXPECT_EQ(counting->asked.load(), 1);
    verifier.clearKeyCache();
    verifier.verify(message);
    EXPECT_EQ(counting->asked.load(), 2);
}

TEST(DkimSign, RefusesWhatRfc6376Forbids) {
    auto key = test::loadKey("interop-ed25519.pem");
    auto message = parseMessage(test::sampleMessage());
    auto o = options("ed", Canonicalization::Relaxed, Canonicalization::Relaxed);
    o.headers = {"Subject", "To"};
    EXPECT_FALSE(signMessage(message, key, o));
    o.headers = {};
    o.identity = "jane@other.example";
    EXPECT_FALSE(signMessage(message, key, o));
    o.identity = "jane@news.dkim.test";
    EXPECT_TRUE(signMessage(message, key, o));
    o.domain = "";
    EXPECT_FALSE(signMessage(message, key, o));
    auto noFrom = parseMessage("To: a@example.com\r\n\r\nx\r\n");
    EXPECT_FALSE(signMessage(noFrom, key, options("ed", Canonicalization::Relaxed, Canonicalization::Relaxed)));
    EXPECT_FALSE(signMessage(message, KeyPair{}, options("ed", Canonicalization::Relaxed, Canonicalization::Relaxed)));
}

TEST(DkimSign, RefusesRsaKeysUnder1024Bits) {
    // RFC 8301 §3.2: signers MUST use at least 1024 bits; verifiers reject smaller keys.
    auto weak = test::loadKey("weak-rsa512.pem");
    ASSERT_TRUE(weak.valid());
    ASSERT_EQ(weak.bits(), 512);
    auto message = parseMessage(test::sampleMessage());
    auto signedWeak = signMessage(message, weak, options("rsa", Canonicalization::Relaxed, Canonicalization::Relaxed));
    ASSERT_FALSE(signedWeak);
    EXPECT_NE(signedWeak.error().message.find("512 bits"), std::string::npos) << signedWeak.error().message;
    EXPECT_NE(signedWeak.error().message.find("RFC 8301"), std::string::npos);
    EXPECT_TRUE(signMessage(message, test::loadKey("interop-rsa2048.pem"),
                            options("rsa", Canonicalization::Relaxed, Canonicalization::Relaxed)));
}

TEST(DkimSign, RefusesSelectorsRfc6376DoesNotAllow) {
    auto key = test::loadKey("interop-ed25519.pem");
    auto message = parseMessage(test::sampleMessage());
    for (const char* bad : {"ed.", "", ".ed", "a..b", "-ed", "ed-", "ed_1", "s 1", "ed\x1b"}) {
        SCOPED_TRACE(bad);
        auto result = signMessage(message, key, options(bad, Canonicalization::Relaxed, Canonicalization::Relaxed));
        ASSERT_FALSE(result);
        EXPECT_NE(result.error().message.find("RFC 6376 §3.1"), std::string::npos) << result.error().message;
    }
    for (const char* good : {"ed", "s2026.eu", "selector1-contoso-com", "2026"}) {
        SCOPED_TRACE(good);
        EXPECT_TRUE(isValidSelector(good));
        EXPECT_TRUE(signMessage(message, key, options(good, Canonicalization::Relaxed, Canonicalization::Relaxed)));
    }
}
