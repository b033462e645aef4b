#include "core/dkim/KeyRecordLinter.h"
#include "core/common/MessageCatalogue.h"
#include "core/dkim/Verifier.h"
#include "tests/core/dkim/DkimTestSupport.h"

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace dmarcplan;
using namespace dmarcplan::dkim;

namespace {
const Finding* findCode(const KeyRecordLint& lint, const std::string& code) {
    auto it =
        std::find_if(lint.findings.begin(), lint.findings.end(), [&](const Finding& f) { return f.code == code; });
    return it == lint.findings.end() ? nullptr : &*it;
}
const char* kEd = "70LY/XX0DETqE5ZSxerd9eZ9XPx6QDR3xRh++RL75qY=";
} // namespace

TEST(DkimLint, RecordTextCases) {
    struct Case {
        std::string record;
        std::string code;
        Severity severity;
        std::string spanText; // what the span points at ("" = not checked)
    };
    std::string ed = kEd;
    auto rsa = test::loadKey("interop-rsa2048.pem").publicKeyBase64();
    auto rsa1024 = test::loadKey("rfc8463-rsa.pem").publicKeyBase64();
    const Case cases[] = {
        {"v=DKIM1; k=ed25519; p=" + ed + "; k=rsa", "DKIM-TAG-DUPLICATE", Severity::Error, "k=rsa"},
        {"k=ed25519; v=DKIM1; p=" + ed, "DKIM-VERSION-NOT-FIRST", Severity::Error, "v=DKIM1"},
        {"v=DKIM2; k=ed25519; p=" + ed, "DKIM-VERSION-INVALID", Severity::Error, "DKIM2"},
        {"v=DKIM1; k=dsa; p=" + ed, "DKIM-KEY-TYPE-UNKNOWN", Severity::Error, "dsa"},
        {"v=DKIM1; k=rsa", "DKIM-P-MISSING", Severity::Error, ""},
        {"v=DKIM1; k rsa; p=" + ed, "DKIM-TAG-SYNTAX", Severity::Error, "k rsa"},
        {"v=DKIM1; k=rsa; p=abc*", "DKIM-P-BASE64", Severity::Error, "abc*"},
        {"v=DKIM1; k=rsa; p=" + ed, "DKIM-P-NOT-A-KEY", Severity::Error, ed},
        {"v=DKIM1; k=ed25519; p=AAECAwQ=", "DKIM-ED25519-LENGTH", Severity::Error, "AAECAwQ="},
        {"v=DKIM1; k=rsa; p=", "DKIM-KEY-REVOKED", Severity::Warning, "p="},
        {"v=DKIM1; k=rsa; p=" + rsa1024, "DKIM-RSA-1024", Severity::Warning, ""},
        {"v=DKIM1; k=rsa; h=sha1; p=" + rsa, "DKIM-HASH-SHA1-ONLY", Severity::Error, "sha1"},
        {"v=DKIM1; k=ed25519; t=y; p=" + ed, "DKIM-TESTING", Severity::Warning, "t=y"},
        {"v=DKIM1; k=ed25519; s=tls; p=" + ed, "DKIM-SERVICE-NOT-EMAIL", Severity::Error, "tls"},
        {"v=DKIM1; k=ed25519; p=" + ed + "; x=1", "DKIM-TAG-UNKNOWN", Severity::Info, "x=1"},
        {"g=*; k=rsa; p=" + rsa, "DKIM-DOMAINKEYS-RECORD", Severity::Warning, "g=*"},
        {"k=rsa; p=" + rsa, "DKIM-VERSION-MISSING", Severity::Info, ""},
        {"v=DKIM1; k=rsa; p=" + rsa, "DKIM-STRING-TOO-LONG", Severity::Warning, ""},
    };
    for (const auto& c : cases) {
        auto lint = KeyRecordLinter::lintRecord(c.record);
        const auto* f = findCode(lint, c.code);
        ASSERT_NE(f, nullptr) << c.code << " for " << c.record;
        EXPECT_EQ(f->severity, c.severity) << c.code;
        if (!c.spanText.empty()) {
            EXPECT_EQ(c.record.substr(f->span.begin, f->span.end - f->span.begin), c.spanText) << c.code;
        }
        EXPECT_NE(findCatalogueEntry(f->code), nullptr) << f->code;
    }
    // A good record: no findings at all, and the key described.
    auto good = KeyRecordLinter::lintRecord("v=DKIM1; k=ed25519; p=" + ed);
    EXPECT_TRUE(good.findings.empty());
    EXPECT_EQ(good.key->algorithm, "ed25519");
    // PKCS#1 RSAPublicKey: accepted as a key, warned about.
    auto der = base64Decode(rsa);
    ASSERT_TRUE(der);
    // SubjectPublicKeyInfo of RSA: 24-byte header then the BIT STRING holding RSAPublicKey.
    Bytes pkcs1(der->begin() + 24, der->end());
    auto legacy = KeyRecordLinter::lintRecord("v=DKIM1; k=rsa; p=" + base64Encode(pkcs1));
    ASSERT_NE(findCode(legacy, "DKIM-P-PKCS1"), nullptr);
    EXPECT_EQ(legacy.key->bits, 2048);
    // Split into strings as published: each at most 255.
    auto split = KeyRecordLinter::lintRecord("v=DKIM1; k=rsa; p=" + rsa, {("v=DKIM1; k=rsa; p=" + rsa).substr(0, 255),
                                                                          ("v=DKIM1; k=rsa; p=" + rsa).substr(255)});
    EXPECT_TRUE(split.findings.empty());
}

TEST(DkimLint, BySelectorThroughTheResolver) {
    auto resolver = test::dkimResolver();
    auto good = KeyRecordLinter::lintSelector(*resolver, "rsa", "dkim.test");
    EXPECT_EQ(good.name, "rsa._domainkey.dkim.test");
    EXPECT_TRUE(good.findings.empty());
    EXPECT_EQ(good.key->bits, 2048);
    auto delegated = KeyRecordLinter::lintSelector(*resolver, "provider", "dkim.test");
    const auto* cname = findCode(delegated, "DKIM-CNAME-DELEGATED");
    ASSERT_NE(cname, nullptr);
    EXPECT_EQ(cname->params.at("target"), "rsa._domainkey.provider.dkim.test");
    EXPECT_EQ(delegated.key->algorithm, "rsa");
    auto twice = KeyRecordLinter::lintSelector(*resolver, "twice", "dkim.test");
    EXPECT_NE(findCode(twice, "DKIM-MULTIPLE-RECORDS"), nullptr);
    EXPECT_NE(findCode(twice, "DKIM-P-MISSING"), nullptr); // the SPF record at the same name
    EXPECT_EQ(twice.records.size(), 2u);
    auto missing = KeyRecordLinter::lintSelector(*resolver, "nothing", "dkim.test");
    EXPECT_EQ(findCode(missing, "DKIM-NO-RECORD")->params.at("status"), "nxdomain");
    EXPECT_NE(findCode(KeyRecordLinter::lintSelector(*resolver, "bad_sel", "dkim.test"), "DKIM-SELECTOR-SYNTAX"),
              nullptr);
    dns::ZoneData zones;
    zones.addTimeout("s._domainkey.slow.test");
    auto slow = KeyRecordLinter::lintSelector(*dns::makeResolver(zones), "s", "slow.test");
    EXPECT_NE(findCode(slow, "DNS-TEMPERROR"), nullptr);
    auto json = toJson(good);
    EXPECT_EQ(json["key"]["algorithm"], "rsa");
    EXPECT_EQ(json["key"]["bits"], 2048);
    EXPECT_TRUE(json["findings"].is_array());
}

TEST(DkimLint, EveryVerifierTextIsInTheCatalogue) {
    for (int r = 0; r <= static_cast<int>(VerifyReason::SignatureMismatch); ++r) {
        SignatureCheck check;
        check.reason = static_cast<VerifyReason>(r);
        EXPECT_NE(findCatalogueEntry(check.explanation().code), nullptr) << check.explanation().code;
    }
    for (const char* note : {"DKIM-NOTE-BODY-LENGTH", "DKIM-NOTE-FUTURE-TIMESTAMP", "DKIM-NOTE-KEY-TESTING",
                             "DKIM-NOTE-PKCS1-KEY", "DKIM-NOTE-SHA1-BROKEN", "DKIM-NOTE-SHA1-WOULD-PASS"})
        EXPECT_NE(findCatalogueEntry(note), nullptr) << note;
}
