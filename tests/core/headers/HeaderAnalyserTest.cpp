#include "core/headers/HeaderAnalyser.h"
#include "core/common/MessageCatalogue.h"
#include "tests/support/TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::headers;

namespace {

HeaderAnalysis analyseFile(const std::string& name) {
    return analyseHeaders(test::readFile(test::dataPath("headers/" + name)));
}

const Explanation* findExplanation(const HeaderAnalysis& a, std::string_view source, std::string_view method) {
    for (const auto& e : a.explanations)
        if (e.source == source && e.method == method)
            return &e;
    return nullptr;
}

bool hasNote(const Explanation& e, std::string_view code) {
    return std::any_of(e.notes.begin(), e.notes.end(), [&](const Message& m) { return m.code == code; });
}

bool hasIssue(const HeaderAnalysis& a, std::string_view code) {
    return std::any_of(a.issues.begin(), a.issues.end(), [&](const Finding& f) { return f.code == code; });
}

void expectAllCatalogued(const HeaderAnalysis& a) {
    for (const auto& e : a.explanations) {
        EXPECT_NE(findCatalogueEntry(e.message.code), nullptr) << e.message.code;
        for (const auto& n : e.notes)
            EXPECT_NE(findCatalogueEntry(n.code), nullptr) << n.code;
    }
    for (const auto& f : a.issues)
        EXPECT_NE(findCatalogueEntry(f.code), nullptr) << f.code;
}

} // namespace

TEST(HeaderAnalyser, ForwardedGmailMessage) {
    auto a = analyseFile("gmail-forwarded.eml");
    ASSERT_TRUE(a.message.has_value());
    EXPECT_EQ(a.fromDomain, "example.com");
    EXPECT_EQ(a.returnPathDomain, "example.com");
    EXPECT_EQ(a.clientIp, "192.0.2.25");
    EXPECT_EQ(a.helo, "mx.example.com");
    ASSERT_EQ(a.authenticationResults.size(), 1u);
    ASSERT_EQ(a.arcAuthenticationResults.size(), 1u);
    EXPECT_EQ(a.arcAuthenticationResults[0].instance, 1);
    ASSERT_EQ(a.dkimSignatures.size(), 1u);
    EXPECT_EQ(a.dkimSignatures[0].selector, "s1");
    EXPECT_EQ(a.dkimSignatures[0].signature, "AbCdEf12ghIJ");
    EXPECT_TRUE(hasIssue(a, "HEADERS-LINE-UNPARSABLE")); // the mbox "From " line
    const auto* spf = findExplanation(a, "Authentication-Results", "spf");
    ASSERT_NE(spf, nullptr);
    EXPECT_EQ(spf->message.code, "HEADERS-SPF-PASS");
    EXPECT_EQ(spf->message.params.at("domain"), "example.com");
    EXPECT_TRUE(hasNote(*spf, "HEADERS-SPF-ALIGNED"));
    const auto* dkim = findExplanation(a, "Authentication-Results", "dkim");
    ASSERT_NE(dkim, nullptr);
    EXPECT_EQ(dkim->message.params.at("domain"), "example.com"); // from header.i
    const auto* dmarc = findExplanation(a, "Authentication-Results", "dmarc");
    ASSERT_NE(dmarc, nullptr);
    EXPECT_EQ(dmarc->message.code, "HEADERS-DMARC-PASS");
    EXPECT_TRUE(hasNote(*dmarc, "HEADERS-DMARC-POLICY-COMMENT"));
    EXPECT_NE(findExplanation(a, "Received-SPF", "spf"), nullptr);
    EXPECT_NE(findExplanation(a, "ARC-Authentication-Results", "dmarc"), nullptr);
    expectAllCatalogued(a);
}

TEST(HeaderAnalyser, EspMailNotAligned) {
    auto a = analyseFile("esp-unaligned.eml");
    EXPECT_EQ(a.fromDomain, "shop.example.co.jp");
    EXPECT_EQ(a.clientIp, "198.51.100.7");
    const auto* spf = findExplanation(a, "Authentication-Results", "spf");
    ASSERT_NE(spf, nullptr);
    EXPECT_TRUE(hasNote(*spf, "HEADERS-SPF-NOT-ALIGNED"));
    const auto* dkim = findExplanation(a, "Authentication-Results", "dkim");
    EXPECT_TRUE(hasNote(*dkim, "HEADERS-DKIM-NOT-ALIGNED"));
    const auto* dmarc = findExplanation(a, "Authentication-Results", "dmarc");
    EXPECT_EQ(dmarc->message.code, "HEADERS-DMARC-FAIL");
    EXPECT_NE(dmarc->message.text().find("shop.example.co.jp"), std::string::npos);
    expectAllCatalogued(a);
}

TEST(HeaderAnalyser, MalformedInputIsFlaggedNotFatal) {
    auto a = analyseFile("malformed.eml");
    ASSERT_TRUE(a.message.has_value());
    EXPECT_TRUE(hasIssue(a, "HEADERS-LINE-UNPARSABLE"));
    EXPECT_TRUE(hasIssue(a, "HEADERS-AR-UNTERMINATED-COMMENT"));
    EXPECT_TRUE(hasIssue(a, "HEADERS-RECEIVED-SPF-RESULT"));
    EXPECT_TRUE(hasIssue(a, "HEADERS-RECEIVED-SPF-BAD-KEY"));
    EXPECT_TRUE(hasIssue(a, "HEADERS-DKIM-SIGNATURE-INCOMPLETE"));
    EXPECT_TRUE(hasIssue(a, "HEADERS-MULTIPLE-FROM"));
    EXPECT_EQ(a.fromDomain, "example.org");
    EXPECT_EQ(a.clientIp, "192.0.2.9");
    for (const auto& f : a.issues) {
        if (f.code == "HEADERS-LINE-UNPARSABLE") {
            EXPECT_EQ(f.location.line, 1);
        }
    }
    expectAllCatalogued(a);
}

TEST(HeaderAnalyser, NothingRecordedAndNoFrom) {
    auto a = analyseHeaders("Subject: hi\n\nbody\n");
    EXPECT_TRUE(hasIssue(a, "HEADERS-NO-FROM"));
    ASSERT_EQ(a.explanations.size(), 1u);
    EXPECT_EQ(a.explanations[0].message.code, "HEADERS-NO-AUTH-RESULTS");
    auto none = analyseHeaders("Authentication-Results: mx.example.com 1; none\nFrom: a@example.com\n");
    ASSERT_EQ(none.explanations.size(), 1u);
    EXPECT_EQ(none.explanations[0].message.code, "HEADERS-AR-NONE");
}

TEST(HeaderAnalyser, EveryResultHasAnExplanation) {
    for (std::string method : {"spf", "dkim", "dmarc", "arc", "iprev"})
        for (std::string result : {"pass", "fail", "softfail", "neutral", "none", "policy", "temperror", "permerror"}) {
            auto a = analyseHeaders("Authentication-Results: mx; " + method + "=" + result + "\nFrom: a@example.com\n");
            ASSERT_EQ(a.explanations.size(), 1u);
            EXPECT_NE(findCatalogueEntry(a.explanations[0].message.code), nullptr)
                << method << "=" << result << " -> " << a.explanations[0].message.code;
        }
}

TEST(HeaderAnalyser, ReceivedSpfKeys) {
    auto spf = parseReceivedSpf("pass (mybox.example.org: domain of myname@example.com designates 192.0.2.1 as "
                                "permitted sender) receiver=mybox.example.org; client-ip=192.0.2.1; "
                                "envelope-from=\"myname@example.com\"; helo=foo.example.com;");
    EXPECT_EQ(spf.result, "pass");
    EXPECT_TRUE(spf.issues.empty());
    EXPECT_EQ(spf.key("client-ip"), "192.0.2.1");
    EXPECT_EQ(spf.checkedDomain(), "example.com");
    EXPECT_FALSE(spf.heloIdentity());
    auto helo = parseReceivedSpf("none identity=helo; helo=mx.example.org; envelope-from=<>");
    EXPECT_TRUE(helo.heloIdentity());
    EXPECT_EQ(helo.checkedDomain(), "mx.example.org");
}
