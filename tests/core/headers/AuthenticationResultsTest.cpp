#include "core/headers/AuthenticationResults.h"
#include "core/common/MessageCatalogue.h"
#include "tests/core/dmarc/DmarcTestZones.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace dmarcplan;
using namespace dmarcplan::headers;

TEST(AuthenticationResultsParser, GoogleShape) {
    auto ar = parseAuthenticationResults(
        " mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=20230601 header.b=AbCdEf12;\r\n"
        "       spf=pass (google.com: domain of bounce@example.com designates 192.0.2.25 as permitted sender) "
        "smtp.mailfrom=bounce@example.com;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com");
    EXPECT_EQ(ar.authservId, "mx.google.com");
    ASSERT_EQ(ar.results.size(), 3u);
    EXPECT_TRUE(ar.issues.empty());
    EXPECT_EQ(ar.results[0].property("header", "s"), "20230601");
    EXPECT_EQ(ar.results[0].property("header", "i"), "@example.com");
    const auto* spf = ar.find("spf");
    ASSERT_NE(spf, nullptr);
    EXPECT_EQ(spf->property("smtp", "mailfrom"), "bounce@example.com");
    ASSERT_EQ(spf->comments.size(), 1u);
    EXPECT_NE(spf->comments[0].find("192.0.2.25"), std::string::npos);
    EXPECT_EQ(ar.find("dmarc")->comments[0], "p=REJECT sp=REJECT dis=NONE");
}

TEST(AuthenticationResultsParser, VersionNoneQuotedAndReason) {
    auto none = parseAuthenticationResults("example.org 1; none");
    EXPECT_EQ(none.version, "1");
    EXPECT_TRUE(none.noResult);
    EXPECT_TRUE(none.results.empty());
    auto quoted = parseAuthenticationResults(
        "mx.example.com; dkim=pass reason=\"good \\\"signature\\\"\" header.d=\"example.com\"");
    EXPECT_EQ(quoted.results[0].reason, "good \"signature\"");
    EXPECT_EQ(quoted.results[0].property("header", "d"), "example.com");
}

namespace {

struct CorpusEntry {
    std::string expect;
    std::string value;
};

std::vector<CorpusEntry> readCorpus() {
    std::istringstream in(test::readFile(test::dataPath("headers/ar-corpus.txt")));
    std::vector<CorpusEntry> entries;
    std::string line;
    CorpusEntry current;
    auto flush = [&] {
        if (!current.expect.empty())
            entries.push_back(current);
        current = {};
    };
    while (std::getline(in, line)) {
        if (line.rfind("#", 0) == 0)
            continue;
        if (line == "----")
            flush();
        else if (line.rfind("expect:", 0) == 0)
            current.expect = line.substr(7);
        else
            current.value += line + "\r\n";
    }
    flush();
    return entries;
}

} // namespace

TEST(AuthenticationResultsParser, SurvivesTheCorpus) {
    auto corpus = readCorpus();
    ASSERT_GE(corpus.size(), 18u);
    for (const auto& entry : corpus) {
        SCOPED_TRACE(entry.value);
        auto ar = parseAuthenticationResults(entry.value);
        std::string methods;
        for (const auto& r : ar.results)
            methods += " " + r.method + (r.methodVersion.empty() ? "" : "/" + r.methodVersion) +
                       (r.result.empty() ? "" : "=" + r.result);
        auto bar = entry.expect.find('|');
        auto expectedMethods = entry.expect.substr(0, bar);
        while (!expectedMethods.empty() && expectedMethods.back() == ' ')
            expectedMethods.pop_back();
        EXPECT_EQ(methods, expectedMethods);
        EXPECT_EQ(std::to_string(ar.issues.size()), entry.expect.substr(entry.expect.find("issues=") + 7));
        for (const auto& issue : ar.issues) {
            EXPECT_LE(issue.span.end, ar.text.size());
            EXPECT_NE(findCatalogueEntry(issue.code), nullptr) << issue.code;
        }
    }
}

TEST(AuthenticationResultsParser, NeverCrashesOnTruncations) {
    for (const auto& entry : readCorpus())
        for (std::size_t n = 0; n <= entry.value.size(); ++n) {
            auto ar = parseAuthenticationResults(std::string_view(entry.value).substr(0, n));
            for (const auto& issue : ar.issues)
                ASSERT_LE(issue.span.end, ar.text.size());
        }
}

// Found by fuzzing (tests/fuzz/regressions/auth_results): a quoted authserv-id holding ';' was written
// back unquoted, so the formatted field read back as another id and a bogus method.
TEST(AuthenticationResultsGenerator, QuotedAuthservIdStaysQuoted) {
    auto parsed = parseAuthenticationResults("\"mx.example;internal\" 1; spf=pass smtp.mailfrom=example.com");
    EXPECT_EQ(parsed.authservId, "mx.example;internal");
    auto text = formatAuthenticationResults(parsed);
    EXPECT_EQ(text, "Authentication-Results: \"mx.example;internal\" 1;\n\tspf=pass smtp.mailfrom=example.com");
    auto reparsed = parseAuthenticationResults(text.substr(text.find(':') + 1));
    EXPECT_EQ(reparsed.authservId, "mx.example;internal");
    EXPECT_TRUE(reparsed.issues.empty());
    ASSERT_EQ(reparsed.results.size(), 1u);
    EXPECT_EQ(reparsed.results[0].method, "spf");
}

// Found by fuzzing: "none" after a result set noResult, and the formatter then wrote "; none" only.
TEST(AuthenticationResultsGenerator, NoneBesideResultsKeepsTheResults) {
    auto parsed = parseAuthenticationResults("mx.example; spf=pass smtp.mailfrom=example.com; none");
    ASSERT_EQ(parsed.results.size(), 1u);
    EXPECT_EQ(formatAuthenticationResults(parsed),
              "Authentication-Results: mx.example;\n\tspf=pass smtp.mailfrom=example.com");
    parsed.results.clear();
    EXPECT_EQ(formatAuthenticationResults(parsed), "Authentication-Results: mx.example; none");
}

TEST(AuthenticationResultsParser, ArcInstance) {
    auto arc = parseArcAuthenticationResults("i=2; lists.example.org; arc=pass; dkim=pass header.d=example.com");
    EXPECT_EQ(arc.instance, 2);
    EXPECT_EQ(arc.authservId, "lists.example.org");
    EXPECT_EQ(arc.results.size(), 2u);
    auto bad = parseArcAuthenticationResults("lists.example.org; arc=pass");
    EXPECT_EQ(bad.instance, 0);
    EXPECT_EQ(bad.issues.back().code, "HEADERS-ARC-NO-INSTANCE");
}

TEST(AuthenticationResultsGenerator, FromAnEvaluationAndBack) {
    auto resolver = test::dmarcResolver();
    dmarc::EvaluationInput input;
    input.fromDomain = "shop.example.co.jp";
    input.spf = {spf::Result::Fail, "bounce.esp.example", dmarc::SpfIdentity::MailFrom};
    input.dkim = {{dkim::VerifyResult::Pass, "esp.example", "s1", "AbCdEfGhIjKl"}};
    auto evaluation = dmarc::Evaluator(*resolver).evaluate(input);
    auto built = buildAuthenticationResults("mx.dmarcplan.test", input, evaluation);
    auto text = formatAuthenticationResults(built);
    EXPECT_EQ(text, "Authentication-Results: mx.dmarcplan.test;\n\tspf=fail smtp.mailfrom=bounce.esp.example;\n"
                    "\tdkim=pass header.d=esp.example header.s=s1 header.b=AbCdEfGh;\n"
                    "\tdmarc=fail (p=reject dis=quarantine) header.from=shop.example.co.jp policy.dmarc=quarantine");
    auto reparsed = parseAuthenticationResults(text.substr(text.find(':') + 1));
    EXPECT_TRUE(reparsed.issues.empty());
    ASSERT_EQ(reparsed.results.size(), 3u);
    EXPECT_EQ(reparsed.find("dmarc")->property("policy", "dmarc"), "quarantine");
    EXPECT_EQ(reparsed.find("dkim")->property("header", "b"), "AbCdEfGh");
    // No policy record: dmarc=none, still with header.from.
    input.fromDomain = "nodmarc.com";
    auto none = formatAuthenticationResults(
        buildAuthenticationResults("mx", input, dmarc::Evaluator(*resolver).evaluate(input)), true);
    EXPECT_NE(none.find("\r\n\tdmarc=none header.from=nodmarc.com"), std::string::npos) << none;
}
