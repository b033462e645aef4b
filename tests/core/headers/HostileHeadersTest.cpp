// Hostile and oversized header input (issue 14): the analyser finishes in linear time and bounded
// memory, and every limit it applies is reported as a finding.
#include "core/common/MessageCatalogue.h"
#include "core/headers/HeaderAnalyser.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::headers;

namespace {

const Finding* findIssue(const HeaderAnalysis& a, std::string_view code) {
    auto it = std::find_if(a.issues.begin(), a.issues.end(), [&](const Finding& f) { return f.code == code; });
    return it == a.issues.end() ? nullptr : &*it;
}

std::size_t countIssues(const HeaderAnalysis& a, std::string_view code) {
    return std::count_if(a.issues.begin(), a.issues.end(), [&](const Finding& f) { return f.code == code; });
}

const std::string kAuthResults = "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com;\n"
                                 "  dkim=pass header.d=example.com header.s=s1; dmarc=pass header.from=example.com\n";

} // namespace

// std::regex recursed once per character of "[...]" and overflowed the stack at about 30,000.
TEST(HostileHeaders, LongAddressLiteralInReceived) {
    auto a = analyseHeaders("Received: from mx.example.com ([" + std::string(30000, '1') +
                            "] [192.0.2.7]) by mx.example.net\n"
                            "From: a@example.com\n" +
                            kAuthResults);
    ASSERT_TRUE(a.message.has_value());
    // The 30,000 digits are no IP address; the literal after them is.
    EXPECT_EQ(a.clientIp, "192.0.2.7");
    EXPECT_EQ(a.helo, "mx.example.com");
    EXPECT_EQ(a.fromDomain, "example.com");
    EXPECT_EQ(a.explanations.size(), 3u);

    auto v6 = analyseHeaders("Received: from h.example ([IPv6:" + std::string(30000, 'a') +
                             "]) ([IPv6:2001:db8::25])\nFrom: a@example.com\n");
    EXPECT_EQ(v6.clientIp, "2001:db8::25");
}

TEST(HostileHeaders, HostNameOfThreeHundredThousandCharacters) {
    auto a = analyseHeaders("Received: from " + std::string(300000, 'a') +
                            " ([192.0.2.1]) by mx.example.net\n"
                            "Received: from relay.example.org ([198.51.100.9]) by mx2.example.net\n"
                            "From: a@example.com\n" +
                            kAuthResults);
    ASSERT_TRUE(a.message.has_value());
    const auto* tooLong = findIssue(a, "HEADERS-FIELD-TOO-LONG");
    ASSERT_NE(tooLong, nullptr);
    EXPECT_EQ(tooLong->params.at("name"), "Received");
    EXPECT_EQ(tooLong->params.at("line"), "1");
    EXPECT_EQ(tooLong->location.line, 1);
    EXPECT_EQ(tooLong->params.at("limit"), std::to_string(kMaxFieldBytes));
    EXPECT_NE(tooLong->message().find("The Received field at line 1 is 300047 bytes long"), std::string::npos)
        << tooLong->message();
    // The oversized field is skipped, not cut: the next Received line names the client.
    EXPECT_EQ(a.clientIp, "198.51.100.9");
    EXPECT_EQ(a.helo, "relay.example.org");
    EXPECT_EQ(a.fromDomain, "example.com");
    EXPECT_EQ(a.explanations.size(), 3u);
}

// A megabyte of header fields (the whole message is header block) with a 50,000-character host name
// inside the field limit: analysed completely, no limit reached.
TEST(HostileHeaders, MegabyteMessageAnalysesFully) {
    const std::string host = std::string(50000, 'h') + ".example.org";
    std::string text = "Received: from " + host + " ([203.0.113.5]) by mx.example.net; Tue, 1 Jul 2025\n";
    for (int i = 0; i < 40; ++i)
        text += "Received: from relay" + std::to_string(i) + ".example.net ([198.51.100." + std::to_string(i) +
                "]) by relay" + std::to_string(i + 1) + ".example.net with ESMTPS id x" + std::to_string(i) + "\n";
    text += kAuthResults;
    text +=
        "DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from:to; bh=AAAA;\n b=" + std::string(4000, 'B') +
        "\n";
    text += "From: Sender <a@example.com>\nTo: b@example.net\nSubject: big\n";
    for (int i = 0; text.size() < 1024 * 1024 - 100; ++i)
        text += "X-Filler-" + std::to_string(i) + ": " + std::string(900, 'x') + "\n  " + std::string(90, 'y') + "\n";
    text += "\nbody\n";
    ASSERT_GE(text.size(), 1024u * 1024u - 100u);

    auto a = analyseHeaders(text);
    ASSERT_TRUE(a.message.has_value());
    EXPECT_EQ(a.clientIp, "203.0.113.5");
    EXPECT_EQ(a.helo, host);
    EXPECT_EQ(a.fromDomain, "example.com");
    ASSERT_EQ(a.dkimSignatures.size(), 1u);
    EXPECT_EQ(a.dkimSignatures[0].signature, std::string(4000, 'B'));
    ASSERT_EQ(a.explanations.size(), 3u);
    EXPECT_EQ(a.explanations[2].message.code, "HEADERS-DMARC-PASS");
    EXPECT_TRUE(a.issues.empty()) << a.issues.front().code;
}

TEST(HostileHeaders, UnparsableLineNamesItsLine) {
    auto a = analyseHeaders("From: a@example.com\nthis is no header\nSubject: x\n");
    const auto* dropped = findIssue(a, "HEADERS-LINE-UNPARSABLE");
    ASSERT_NE(dropped, nullptr);
    EXPECT_EQ(dropped->message(), "Line 2 is not a header field and was ignored: \"this is no header\"");
    EXPECT_EQ(dropped->location.line, 2);

    // A megabyte line is quoted by its start only, and says it was cut.
    auto big = analyseHeaders("From: a@example.com\n" + std::string(1024 * 1024, 'z') + "\nSubject: x\n");
    dropped = findIssue(big, "HEADERS-LINE-UNPARSABLE");
    ASSERT_NE(dropped, nullptr);
    EXPECT_EQ(dropped->params.at("text"), std::string(kMaxQuotedLineBytes, 'z') + "...");
    EXPECT_EQ(big.fromDomain, "example.com");
}

TEST(HostileHeaders, TooManyStrayLinesIsSaidSo) {
    std::string text = "From: a@example.com\n";
    for (std::size_t i = 0; i <= kMaxUnparsableLines; ++i)
        text += "stray\n";
    auto a = analyseHeaders(text);
    EXPECT_FALSE(a.message.has_value());
    EXPECT_EQ(countIssues(a, "HEADERS-LINE-UNPARSABLE"), kMaxUnparsableLines);
    ASSERT_NE(findIssue(a, "HEADERS-TOO-MANY-UNPARSABLE-LINES"), nullptr);
    EXPECT_NE(findIssue(a, "HEADERS-NOT-A-MESSAGE"), nullptr);
}

TEST(HostileHeaders, OversizedInputIsRefusedWithAReason) {
    std::string block = "From: a@example.com\n";
    while (block.size() <= kMaxHeaderBlockBytes)
        block += "X-Pad: " + std::string(1000, 'p') + "\n";
    auto a = analyseHeaders(block + "\nbody\n");
    EXPECT_FALSE(a.message.has_value());
    ASSERT_NE(findIssue(a, "HEADERS-HEADER-TOO-LARGE"), nullptr);
    EXPECT_EQ(findIssue(a, "HEADERS-HEADER-TOO-LARGE")->severity, Severity::Error);

    // A big body is fine up to the message limit.
    std::string message = "From: a@example.com\n\n" + std::string(kMaxMessageBytes - 100, 'b');
    EXPECT_TRUE(analyseHeaders(message).message.has_value());
    message += std::string(200, 'b');
    auto b = analyseHeaders(message);
    EXPECT_FALSE(b.message.has_value());
    ASSERT_NE(findIssue(b, "HEADERS-MESSAGE-TOO-LARGE"), nullptr);
    EXPECT_EQ(findIssue(b, "HEADERS-MESSAGE-TOO-LARGE")->params.at("size"), std::to_string(message.size()));
}

TEST(HostileHeaders, FieldCountsAndProblemListsAreBounded) {
    std::string text = "From: a@example.com\n";
    for (std::size_t i = 0; i < kMaxFieldsPerName + 5; ++i)
        text += "Authentication-Results: mx" + std::to_string(i) + ".example.net; spf=pass smtp.mailfrom=example.com\n";
    auto a = analyseHeaders(text);
    EXPECT_EQ(a.authenticationResults.size(), kMaxFieldsPerName);
    const auto* tooMany = findIssue(a, "HEADERS-TOO-MANY-FIELDS");
    ASSERT_NE(tooMany, nullptr);
    EXPECT_EQ(tooMany->params.at("count"), std::to_string(kMaxFieldsPerName + 5));
    EXPECT_EQ(tooMany->location.line, static_cast<int>(kMaxFieldsPerName) + 2);

    // One field with thousands of problems: each would carry a copy of the 60 KB field text.
    std::string junk;
    for (int i = 0; i < 30000; ++i)
        junk += " x";
    auto b = analyseHeaders("From: a@example.com\nAuthentication-Results: mx.example.net; spf=pass" + junk + "\n");
    ASSERT_EQ(b.authenticationResults.size(), 1u);
    EXPECT_EQ(b.authenticationResults[0].issues.size(), kMaxProblemsPerField + 1);
    const auto* more = findIssue(b, "HEADERS-FIELD-MORE-PROBLEMS");
    ASSERT_NE(more, nullptr);
    EXPECT_EQ(more->location.line, 2);
    EXPECT_EQ(more->params.at("count"), std::to_string(30000 - kMaxProblemsPerField));

    // Results beyond the per-field limit are not read, and that is said.
    std::string results;
    for (int i = 0; i < 80; ++i)
        results += "; dkim=pass header.d=d" + std::to_string(i) + ".example";
    auto c = analyseHeaders("From: a@example.com\nAuthentication-Results: mx.example.net" + results + "\n");
    ASSERT_EQ(c.authenticationResults.size(), 1u);
    EXPECT_EQ(c.authenticationResults[0].results.size(), kMaxResultsPerField);
    EXPECT_NE(findIssue(c, "HEADERS-AR-TOO-MANY-RESULTS"), nullptr);

    // Many fields with problems: the list stops at kMaxIssues and counts the rest.
    std::string noisy = "From: a@example.com\n";
    for (int i = 0; i < 90; ++i)
        noisy += "Received-SPF: maybe a;b;c;d;e;f;g;h;i\n"; // an unknown result and nine bad keys
    auto d = analyseHeaders(noisy);
    ASSERT_EQ(d.issues.size(), kMaxIssues + 1);
    EXPECT_EQ(d.issues.back().code, "HEADERS-MORE-PROBLEMS");
    EXPECT_EQ(d.issues.back().params.at("count"), std::to_string(90 * 10 - kMaxIssues));
    for (const auto& f : d.issues)
        EXPECT_NE(findCatalogueEntry(f.code), nullptr) << f.code;
}
