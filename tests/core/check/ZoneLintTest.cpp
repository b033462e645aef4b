// Records published at the wrong name, as type SPF (99), or damaged by copying from a web page.

#include "core/check/ZoneLint.h"
#include "core/dns/ResolverFactory.h"

#include <gtest/gtest.h>

using namespace dmarcplan;

namespace {

check::ZoneLintReport lint(const std::string& body) {
    const std::string text = "$ORIGIN wrong.test.\n$TTL 300\n"
                             "@ IN SOA ns.wrong.test. hostmaster.wrong.test. ( 1 3600 600 86400 300 )\n"
                             "@ IN NS ns.wrong.test.\n" +
                             body;
    auto zone = check::zoneFileFromText(text, "", "wrong.zone");
    EXPECT_TRUE(zone) << zone.error().describe();
    if (!zone)
        return {};
    auto resolver = dns::makeResolver(zone->data);
    return check::lintZones({*zone}, *resolver);
}

const Finding* find(const check::ZoneLintReport& report, std::string_view code, int line = 0) {
    for (const auto& f : report.findings)
        if (f.code == code && (line == 0 || f.location.line == line))
            return &f;
    return nullptr;
}

} // namespace

TEST(ZoneLint, DmarcRecordOutsideDmarcIsAnError) {
    auto report = lint("@ IN TXT \"v=DMARC1; p=reject\"\n"             // line 5: the apex
                       "dmarc IN TXT \"v=DMARC1; p=reject\"\n"         // 6: the underscore lost
                       "s1._domainkey IN TXT \"v=DMARC1; p=reject\"\n" // 7: under _domainkey
                       "_dmarc IN TXT \"v=DMARC1; p=reject\"\n"        // 8: right
                       "x._report._dmarc IN TXT \"v=DMARC1\"\n");      // 9: an authorisation: right
    const auto* apex = find(report, "ZONE-DMARC-MISPLACED", 5);
    ASSERT_NE(apex, nullptr);
    EXPECT_EQ(apex->severity, Severity::Error);
    EXPECT_EQ(apex->params.at("expected"), "_dmarc.wrong.test");
    const auto* lost = find(report, "ZONE-DMARC-MISPLACED", 6);
    ASSERT_NE(lost, nullptr);
    EXPECT_EQ(lost->params.at("expected"), "_dmarc.wrong.test");
    EXPECT_NE(find(report, "ZONE-DMARC-MISPLACED", 7), nullptr);
    EXPECT_EQ(find(report, "ZONE-DMARC-MISPLACED", 8), nullptr);
    EXPECT_EQ(find(report, "ZONE-DMARC-MISPLACED", 9), nullptr);
    // The record under _domainkey is not also linted as a (broken) DKIM key.
    for (const auto& f : report.findings)
        EXPECT_FALSE(f.location.line == 7 && f.code.rfind("DKIM-", 0) == 0) << f.code;
}

TEST(ZoneLint, SpfAtDmarcOrUnderDomainkeyIsReported) {
    auto report = lint("@ IN TXT \"v=spf1 -all\"\n"             // 5
                       "_dmarc IN TXT \"v=spf1 mx -all\"\n"     // 6
                       "s1._domainkey IN TXT \"v=spf1 -all\"\n" // 7
                       "_domainkey IN TXT \"v=spf1 -all\"\n");  // 8
    EXPECT_EQ(find(report, "ZONE-SPF-MISPLACED", 5), nullptr);
    const auto* dmarc = find(report, "ZONE-SPF-MISPLACED", 6);
    ASSERT_NE(dmarc, nullptr);
    EXPECT_EQ(dmarc->params.at("label"), "_dmarc");
    EXPECT_EQ(find(report, "ZONE-SPF-MISPLACED", 7)->params.at("label"), "_domainkey");
    EXPECT_NE(find(report, "ZONE-SPF-MISPLACED", 8), nullptr);
}

TEST(ZoneLint, DkimKeyWithoutDomainkeyLabel) {
    auto report = lint("s1 IN TXT \"p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"\n" // 5: a lone p=
                       "s2.domainkey IN TXT \"v=DKIM1; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"\n"
                       "site IN TXT \"p=q\"\n"); // 7: not a key
    EXPECT_NE(find(report, "ZONE-DKIM-OUTSIDE-DOMAINKEY", 5), nullptr);
    EXPECT_NE(find(report, "ZONE-DKIM-OUTSIDE-DOMAINKEY", 6), nullptr);
    EXPECT_EQ(find(report, "ZONE-DKIM-OUTSIDE-DOMAINKEY", 7), nullptr);
}

TEST(ZoneLint, SpfOnlyAsTypeSpf99) {
    // RFC 7208 §3.1: TXT only; §14.1: type 99 is obsolete.
    auto report = lint("@ IN SPF \"v=spf1 mx -all\"\n" // 5: only type 99
                       "both IN TXT \"v=spf1 -all\"\n"
                       "both IN SPF \"v=spf1 -all\"\n"); // 7: also as TXT
    const auto* only = find(report, "ZONE-SPF-TYPE99-ONLY", 5);
    ASSERT_NE(only, nullptr);
    EXPECT_EQ(only->severity, Severity::Error);
    EXPECT_EQ(only->params.at("name"), "wrong.test");
    const auto* both = find(report, "ZONE-SPF-TYPE99", 7);
    ASSERT_NE(both, nullptr);
    EXPECT_EQ(both->severity, Severity::Info);
    EXPECT_EQ(find(report, "ZONE-SPF-TYPE99-ONLY", 7), nullptr);
}

TEST(ZoneLint, CopyPasteDamageInTheValue) {
    auto report = lint("_dmarc IN TXT \"v=DMARC1\\\\; p=reject\"\n"            // 5: a literal \;
                       "@ IN TXT \"\xE2\x80\x9Cv=spf1 mx -all\xE2\x80\x9D\"\n" // 6: typographic quotes
                       "www IN TXT \"v=spf1 mx \xE2\x80\x93"
                       "all\"\n"                                           // 7: an en dash
                       "ftp IN TXT \"v=spf1\\194\\160mx -all\"\n"          // 8: a no-break space
                       "esc IN TXT \"v=spf1 \\027[2J -all\"\n"             // 9: ESC
                       "quoted IN TXT \"\\\"v=spf1 -all\\\"\"\n"           // 10: quotes kept
                       "fine IN TXT \"v=DMARC1; p=reject\" \n"             // (misplaced only)
                       "note IN TXT \"\xE2\x80\x9Chello\xE2\x80\x9D\"\n"); // 12: not mail auth
    const auto* escaped = find(report, "ZONE-TXT-ESCAPED-SEMICOLON", 5);
    ASSERT_NE(escaped, nullptr);
    EXPECT_EQ(escaped->severity, Severity::Error);
    EXPECT_EQ(escaped->record, "v=DMARC1\\; p=reject");
    EXPECT_EQ(escaped->span, (Span{8, 10}));
    EXPECT_EQ(escaped->params.at("position"), "9");
    auto character = [&](int line) {
        const auto* f = find(report, "ZONE-TXT-UNEXPECTED-CHARACTER", line);
        return f ? f->params.at("codepoint") : std::string("none");
    };
    EXPECT_EQ(character(6), "U+201C");
    EXPECT_EQ(character(7), "U+2013");
    EXPECT_EQ(character(8), "U+00A0");
    EXPECT_EQ(character(9), "U+001B");
    EXPECT_EQ(find(report, "ZONE-TXT-UNEXPECTED-CHARACTER", 9)->params.at("character"), "\\027");
    EXPECT_EQ(character(10), "U+0022");
    EXPECT_EQ(character(12), "none");
    const auto* dash = find(report, "ZONE-TXT-UNEXPECTED-CHARACTER", 7);
    EXPECT_EQ(dash->span, (Span{10, 13}));
}
