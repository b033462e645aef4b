#include "core/dmarc/Parser.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::dmarc;

namespace {

const Finding* findCode(const Findings& findings, std::string_view code) {
    auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.code == code; });
    return it == findings.end() ? nullptr : &*it;
}

} // namespace

TEST(DmarcParser, ParsesEveryTagWithSpans) {
    std::string text = "v=DMARC1; p=reject; sp=quarantine; np=none; psd=n; t=y; adkim=s; aspf=r; fo=1:d; "
                       "rua=mailto:agg@example.com,mailto:x@report.example; ruf=mailto:f@example.com";
    auto parsed = parseRecord(text);
    ASSERT_TRUE(parsed.isDmarc);
    EXPECT_TRUE(parsed.findings.empty()) << parsed.findings.front().message();
    const auto& r = parsed.record;
    EXPECT_EQ(r.p, Policy::Reject);
    EXPECT_EQ(r.sp, Policy::Quarantine);
    EXPECT_EQ(r.np, Policy::None);
    EXPECT_EQ(r.psd, PsdFlag::No);
    EXPECT_TRUE(r.testing);
    EXPECT_EQ(r.adkim, AlignmentMode::Strict);
    EXPECT_EQ(r.aspf, AlignmentMode::Relaxed);
    EXPECT_EQ(r.fo, (std::vector<std::string>{"1", "d"}));
    ASSERT_EQ(r.rua.size(), 2u);
    EXPECT_EQ(r.rua[1].domain, "report.example");
    EXPECT_EQ(r.rua[0].address, "agg@example.com");
    ASSERT_EQ(r.ruf.size(), 1u);
    const auto* sp = r.find("sp");
    ASSERT_NE(sp, nullptr);
    EXPECT_EQ(text.substr(sp->span.begin, sp->span.end - sp->span.begin), "sp=quarantine");
    EXPECT_EQ(text.substr(sp->valueSpan.begin, sp->valueSpan.end - sp->valueSpan.begin), "quarantine");
}

TEST(DmarcParser, DefaultsAndToleratedSpacing) {
    auto parsed = parseRecord("  v = DMARC1 ;p = Quarantine ;  ");
    ASSERT_TRUE(parsed.isDmarc);
    EXPECT_TRUE(parsed.findings.empty());
    EXPECT_EQ(parsed.record.p, Policy::Quarantine); // ABNF literals are case-insensitive
    EXPECT_EQ(parsed.record.adkim, AlignmentMode::Relaxed);
    EXPECT_FALSE(parsed.record.testing);
    EXPECT_EQ(parsed.record.domainPolicy(), Policy::Quarantine);
    EXPECT_EQ(parseRecord("v=DMARC1").record.domainPolicy(), Policy::None);
}

TEST(DmarcParser, VersionMustBeFirstAndExact) {
    EXPECT_FALSE(parseRecord("v=dmarc1; p=none").isDmarc);
    EXPECT_NE(findCode(parseRecord("v=dmarc1; p=none").findings, "DMARC-VERSION-INVALID"), nullptr);
    auto notFirst = parseRecord("p=none; v=DMARC1");
    EXPECT_FALSE(notFirst.isDmarc);
    const auto* f = findCode(notFirst.findings, "DMARC-VERSION-NOT-FIRST");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->span, (Span{8, 16}));
    EXPECT_NE(findCode(parseRecord("p=none").findings, "DMARC-NO-VERSION"), nullptr);
    EXPECT_TRUE(looksLikeDmarcRecord("v=DMARC1; p=none"));
    EXPECT_TRUE(looksLikeDmarcRecord("v = DMARC1"));
    EXPECT_FALSE(looksLikeDmarcRecord("v=spf1 -all"));
    EXPECT_FALSE(looksLikeDmarcRecord("p=none; v=DMARC1"));
}

TEST(DmarcParser, InvalidValuesDuplicatesAndUnknownTags) {
    auto parsed = parseRecord("v=DMARC1; p=block; p=none; sp=maybe; adkim=x; t=1; psd=q; pct=150; foo=bar; oops");
    ASSERT_TRUE(parsed.isDmarc);
    const auto& f = parsed.findings;
    EXPECT_TRUE(parsed.record.pInvalid);
    EXPECT_FALSE(parsed.record.p.has_value()); // the first p wins, and it is invalid
    EXPECT_TRUE(parsed.record.spInvalid);
    auto count = [&](std::string_view code) {
        return std::count_if(f.begin(), f.end(), [&](const Finding& x) { return x.code == code; });
    };
    EXPECT_EQ(count("DMARC-INVALID-VALUE"), 6);
    EXPECT_EQ(count("DMARC-DUPLICATE-TAG"), 1);
    EXPECT_EQ(count("DMARC-UNKNOWN-TAG"), 1);
    EXPECT_EQ(count("DMARC-SYNTAX"), 1);
    EXPECT_EQ(findCode(f, "DMARC-UNKNOWN-TAG")->severity, Severity::Warning);
    EXPECT_EQ(findCode(f, "DMARC-DUPLICATE-TAG")->params.at("tag"), "p");
}

TEST(DmarcParser, FailureOptions) {
    EXPECT_NE(findCode(parseRecord("v=DMARC1; p=none; fo=0:1").findings, "DMARC-FO-CONFLICT"), nullptr);
    EXPECT_NE(findCode(parseRecord("v=DMARC1; p=none; fo=2").findings, "DMARC-INVALID-VALUE"), nullptr);
    EXPECT_TRUE(parseRecord("v=DMARC1; p=none; fo=d:s:1").findings.empty());
}

TEST(DmarcParser, ReportUris) {
    auto parsed = parseRecord("v=DMARC1; p=none; rua=mailto:a@example.com!10m, mailto:bad-address, "
                              "https://report.example/dmarc, mailto:b@example.com?subject=x");
    const auto& rua = parsed.record.rua;
    ASSERT_EQ(rua.size(), 4u);
    EXPECT_EQ(rua[0].uri, "mailto:a@example.com");
    EXPECT_EQ(rua[0].sizeLimit, "10m");
    EXPECT_TRUE(rua[0].valid);
    EXPECT_FALSE(rua[1].valid);
    EXPECT_EQ(rua[2].scheme, "https");
    EXPECT_EQ(rua[3].address, "b@example.com");
    EXPECT_NE(findCode(parsed.findings, "DMARC-URI-SIZE-LIMIT"), nullptr);
    EXPECT_NE(findCode(parsed.findings, "DMARC-URI-INVALID"), nullptr);
    EXPECT_NE(findCode(parsed.findings, "DMARC-URI-NOT-MAILTO"), nullptr);
    EXPECT_TRUE(parsed.record.hasValidRua());
}

TEST(DmarcParser, LegacyTags) {
    auto parsed = parseRecord("v=DMARC1; p=reject; pct=0; rf=afrf; ri=86400");
    EXPECT_TRUE(parsed.findings.empty());
    EXPECT_EQ(parsed.record.pct, 0);
    EXPECT_EQ(parsed.record.rf, "afrf");
    EXPECT_EQ(parsed.record.ri, 86400);
}

TEST(DmarcParser, NeverCrashesOnGarbage) {
    for (std::string text : {"", ";", "=", "v=", "v=DMARC1;;;;", "v=DMARC1; rua=", "v=DMARC1; rua=,,,",
                             "v=DMARC1; rua=mailto:", "v=DMARC1; rua=!5", "\x01\xff=\x80", "v=DMARC1; fo=:"}) {
        auto parsed = parseRecord(text);
        for (const auto& f : parsed.findings)
            EXPECT_LE(f.span.end, text.size()) << text;
    }
}
