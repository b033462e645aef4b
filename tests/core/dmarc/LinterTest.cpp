#include "core/dmarc/Linter.h"
#include "tests/core/dmarc/DmarcTestZones.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::dmarc;

namespace {

std::vector<std::string> codes(const Findings& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(f.code);
    return out;
}

const Finding* findCode(const Findings& findings, std::string_view code, std::string_view param = {},
                        std::string_view value = {}) {
    for (const auto& f : findings)
        if (f.code == code &&
            (param.empty() || (f.params.count(std::string(param)) && f.params.at(std::string(param)) == value)))
            return &f;
    return nullptr;
}

} // namespace

TEST(DmarcLinter, RolloutPathAdvice) {
    auto none = lintRecord("v=DMARC1; p=none; rua=mailto:d@example.com", "example.com", nullptr);
    const auto* f = findCode(none, "DMARC-P-NONE");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_NE(f->fix().find("p=quarantine"), std::string::npos);
    EXPECT_EQ(f->span, (Span{10, 16}));
    EXPECT_NE(findCode(lintRecord("v=DMARC1; p=quarantine", "example.com", nullptr), "DMARC-P-QUARANTINE"), nullptr);
    auto reject = lintRecord("v=DMARC1; p=reject; sp=none; np=none; t=y", "example.com", nullptr);
    EXPECT_NE(findCode(reject, "DMARC-P-REJECT"), nullptr);
    EXPECT_NE(findCode(reject, "DMARC-SP-NONE"), nullptr);
    EXPECT_NE(findCode(reject, "DMARC-NP-NONE"), nullptr);
    EXPECT_NE(findCode(reject, "DMARC-TESTING", "lowered", "quarantine"), nullptr);
    EXPECT_NE(findCode(reject, "DMARC-NO-RUA"), nullptr);
    EXPECT_NE(findCode(lintRecord("v=DMARC1", "example.com", nullptr), "DMARC-MISSING-P"), nullptr);
}

TEST(DmarcLinter, RecordOnlyChecks) {
    auto findings = lintRecord("v=DMARC1; p=reject; fo=1; pct=0; rf=afrf; ri=3600; "
                               "rua=mailto:a@example.com,mailto:b@example.com,mailto:c@example.com",
                               "www.example.co.uk", nullptr);
    for (const char* code :
         {"DMARC-FO-WITHOUT-RUF", "DMARC-PCT-ZERO", "DMARC-LEGACY-RF", "DMARC-LEGACY-RI", "DMARC-URI-TOO-MANY"})
        EXPECT_NE(findCode(findings, code), nullptr) << code;
    EXPECT_NE(findCode(lintRecord("v=DMARC1; p=reject; pct=50", "x.com", nullptr), "DMARC-LEGACY-PCT"), nullptr);
    // sp on a record below the organizational domain (by the PSL: co.uk is a suffix)
    auto below = lintRecord("v=DMARC1; p=reject; sp=reject", "www.example.co.uk", nullptr);
    EXPECT_NE(findCode(below, "DMARC-SP-BELOW-ORG", "org_domain", "example.co.uk"), nullptr);
    EXPECT_EQ(findCode(lintRecord("v=DMARC1; p=reject; sp=reject", "example.co.uk", nullptr), "DMARC-SP-BELOW-ORG"),
              nullptr);
    // Syntax findings come through with the record attached
    auto bad = lintRecord("p=reject; v=DMARC1", "x.com", nullptr);
    ASSERT_EQ(codes(bad), std::vector<std::string>{"DMARC-VERSION-NOT-FIRST"});
    EXPECT_EQ(bad.front().record, "p=reject; v=DMARC1");
}

TEST(DmarcLinter, ReportDestinationsThroughDns) {
    auto resolver = test::dmarcResolver();
    auto lint = lintDomain("lintme.com", *resolver);
    const auto& f = lint.findings;
    EXPECT_NE(findCode(f, "DMARC-EXTERNAL-AUTHORIZED", "destination_domain", "reports.example.net"), nullptr);
    EXPECT_NE(findCode(f, "DMARC-EXTERNAL-NOT-AUTHORIZED", "name", "lintme.com._report._dmarc.noauth.com"), nullptr);
    EXPECT_NE(findCode(f, "DMARC-URI-NO-MX", "destination_domain", "noauth.com"), nullptr);
    EXPECT_NE(findCode(f, "DMARC-URI-NO-DOMAIN", "destination_domain", "ghost-dest.com"), nullptr);
    EXPECT_EQ(findCode(f, "DMARC-URI-NO-MX", "destination_domain", "lintme.com"), nullptr);
    EXPECT_NE(findCode(f, "DMARC-FO-CONFLICT"), nullptr);
    EXPECT_NE(findCode(f, "DMARC-SP-NONE"), nullptr);
    EXPECT_FALSE(lint.tempError);
    EXPECT_EQ(lint.records.size(), 1u);
    // A wildcard authorisation record counts too.
    auto wild = lintDomain("wild.com", *resolver);
    EXPECT_NE(findCode(wild.findings, "DMARC-EXTERNAL-AUTHORIZED"), nullptr);
    EXPECT_FALSE(hasErrors(wild.findings));
}

TEST(DmarcLinter, WhatIsPublishedAroundTheRecord) {
    auto resolver = test::dmarcResolver();
    EXPECT_NE(findCode(lintDomain("nomail.com", *resolver).findings, "DMARC-NO-MAIL-NOT-REJECT"), nullptr);
    auto cluttered = lintDomain("cluttered.com", *resolver).findings;
    EXPECT_NE(findCode(cluttered, "DMARC-SPF-AT-DMARC"), nullptr);
    EXPECT_NE(findCode(cluttered, "DMARC-OTHER-TXT", "text", "google-site-verification=abc"), nullptr);
    auto apex = lintDomain("apex.com", *resolver).findings;
    EXPECT_NE(findCode(apex, "DMARC-RECORD-AT-APEX"), nullptr);
    EXPECT_NE(findCode(apex, "DMARC-NO-RECORD"), nullptr);
    EXPECT_NE(findCode(lintDomain("multi.com", *resolver).findings, "DMARC-MULTIPLE-RECORDS", "count", "2"), nullptr);
    auto inherited = lintDomain("mail.example.com", *resolver).findings;
    EXPECT_NE(findCode(inherited, "DMARC-INHERITED", "tag", "sp"), nullptr);
    EXPECT_FALSE(hasErrors(inherited));
    EXPECT_NE(findCode(lintDomain("team.dept.bigcorp.com", *resolver).findings, "DMARC-METHODS-DIFFER"), nullptr);
}

TEST(DmarcLinter, DnsFailureIsReported) {
    dns::ZoneData extra;
    extra.addTimeout("_dmarc.slow.example.com");
    auto resolver = test::dmarcResolver(extra);
    auto lint = lintDomain("slow.example.com", *resolver);
    EXPECT_TRUE(lint.tempError);
    ASSERT_FALSE(lint.findings.empty());
    EXPECT_EQ(lint.findings.front().code, "DNS-TEMPERROR");
}

// RFC 9989 removed both tags (§9: historic): neither value is judged, and both get the same info.
TEST(DmarcLinter, RemovedRiAndRfGetTheSameSeverityWhateverTheirValue) {
    for (const char* text : {"v=DMARC1; p=reject; rua=mailto:d@x.com; rf=afrf; ri=86400",
                             "v=DMARC1; p=reject; rua=mailto:d@x.com; rf=iodef!; ri=daily"}) {
        SCOPED_TRACE(text);
        auto findings = lintRecord(text, "x.com", nullptr);
        const auto* rf = findCode(findings, "DMARC-LEGACY-RF");
        const auto* ri = findCode(findings, "DMARC-LEGACY-RI");
        ASSERT_NE(rf, nullptr);
        ASSERT_NE(ri, nullptr);
        EXPECT_EQ(rf->severity, ri->severity);
        EXPECT_EQ(ri->severity, Severity::Info);
        EXPECT_EQ(findCode(findings, "DMARC-INVALID-VALUE"), nullptr);
        EXPECT_FALSE(hasErrors(findings));
    }
}

// RFC 9989 §4.10.1: an invalid sp (or np, or p) disables the record as a whole: p=none with a valid
// rua, no DMARC at all without one; the domain's own p=reject is lost too.
TEST(DmarcLinter, InvalidSpDisablesTheWholeRecord) {
    auto withRua = lintRecord("v=DMARC1; p=reject; sp=rejct; rua=mailto:d@example.com", "example.com", nullptr);
    const auto* asNone = findCode(withRua, "DMARC-INVALID-POLICY-AS-NONE", "tag", "sp");
    ASSERT_NE(asNone, nullptr);
    EXPECT_EQ(asNone->severity, Severity::Error);
    EXPECT_EQ(asNone->params.at("value"), "rejct");
    EXPECT_EQ(asNone->span, (Span{20, 28}));
    EXPECT_NE(asNone->message().find("p=none"), std::string::npos) << asNone->message();
    auto withoutRua = lintRecord("v=DMARC1; p=reject; sp=rejct", "example.com", nullptr);
    EXPECT_NE(findCode(withoutRua, "DMARC-INVALID-POLICY-IGNORED", "tag", "sp"), nullptr);
    EXPECT_NE(findCode(lintRecord("v=DMARC1; p=reject; np=never", "example.com", nullptr),
                       "DMARC-INVALID-POLICY-IGNORED", "tag", "np"),
              nullptr);
    auto fine = lintRecord("v=DMARC1; p=reject; sp=quarantine; rua=mailto:d@example.com", "example.com", nullptr);
    EXPECT_EQ(findCode(fine, "DMARC-INVALID-POLICY-AS-NONE"), nullptr);
    EXPECT_EQ(findCode(fine, "DMARC-INVALID-POLICY-IGNORED"), nullptr);
}
