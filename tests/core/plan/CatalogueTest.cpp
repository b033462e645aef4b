#include "core/plan/Catalogue.h"

#include "core/common/DomainName.h"

#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <set>

using namespace dmarcplan;
using namespace dmarcplan::plan;

TEST(Catalogue, BundledCatalogueLoads) {
    auto catalogue = Catalogue::load(test::sourcePath("resources/catalogue/providers.json"));
    ASSERT_TRUE(catalogue.ok()) << catalogue.error().describe();
    // The providers the issue names, and at least one common in Japan.
    for (const char* id : {"google-workspace", "microsoft-365", "amazon-ses", "sendgrid", "mailchimp", "mandrill",
                           "mailgun", "postmark", "salesforce", "hubspot", "brevo"})
        EXPECT_NE(catalogue->find(id), nullptr) << id;
    bool japan = false;
    for (const auto& provider : catalogue->providers()) {
        EXPECT_FALSE(provider.documentation.empty()) << provider.id;
        japan = japan || provider.region == "jp";
    }
    EXPECT_TRUE(japan);
}

TEST(Catalogue, EntriesCarryTheDocumentedFacts) {
    auto catalogue = Catalogue::load(test::sourcePath("resources/catalogue/providers.json"));
    ASSERT_TRUE(catalogue.ok()) << catalogue.error().describe();
    const auto* google = catalogue->find("google-workspace");
    ASSERT_NE(google, nullptr);
    EXPECT_EQ(google->spf.include, "_spf.google.com");
    ASSERT_TRUE(google->dkim.has_value());
    EXPECT_EQ(google->dkim->method, DkimMethod::Txt);
    EXPECT_EQ(google->dkim->selectors, std::vector<std::string>{"google"});
    const auto* microsoft = catalogue->find("microsoft-365");
    ASSERT_NE(microsoft, nullptr);
    EXPECT_EQ(microsoft->dkim->method, DkimMethod::Cname);
    EXPECT_EQ(microsoft->dkim->selectors, (std::vector<std::string>{"selector1", "selector2"}));
    const auto* postmark = catalogue->find("postmark");
    ASSERT_TRUE(postmark->returnPath.has_value());
    EXPECT_EQ(postmark->returnPath->cnameTarget, "pm.mtasv.net");
    const auto* ses = catalogue->find("amazon-ses");
    EXPECT_EQ(ses->returnPath->method, ReturnPathMethod::MxSpf);
    EXPECT_EQ(ses->spf.mailFrom, MailFrom::Provider);
}

TEST(Catalogue, DefaultPathFindsTheSourceTreeCatalogue) {
    auto catalogue = Catalogue::loadDefault();
    ASSERT_TRUE(catalogue.ok()) << catalogue.error().describe();
    EXPECT_NE(catalogue->find("postmark"), nullptr);
}

TEST(Catalogue, ValidationNamesThePath) {
    auto missingDocs = Catalogue::fromJson(
        R"({"dmarcplan_catalogue": 1, "providers": [{"id": "x", "name": "X", "region": "global"}]})", "cat.json");
    ASSERT_FALSE(missingDocs.ok());
    EXPECT_NE(missingDocs.error().describe().find("$.providers[0].documentation"), std::string::npos);
    auto badMethod = Catalogue::fromJson(
        R"({"dmarcplan_catalogue": 1, "providers": [{"id": "x", "name": "X", "region": "global",
            "documentation": ["https://example.com/doc"], "dkim": {"method": "dns"}}]})",
        "cat.json");
    ASSERT_FALSE(badMethod.ok());
    EXPECT_NE(badMethod.error().describe().find("$.providers[0].dkim.method"), std::string::npos);
    auto duplicate = Catalogue::fromJson(
        R"({"dmarcplan_catalogue": 1, "providers": [
            {"id": "x", "name": "X", "region": "global", "documentation": ["https://example.com/a"]},
            {"id": "x", "name": "Y", "region": "global", "documentation": ["https://example.com/b"]}]})",
        "cat.json");
    ASSERT_FALSE(duplicate.ok());
    EXPECT_NE(duplicate.error().describe().find("$.providers[1].id"), std::string::npos);
}

// A number too large for a double is nlohmann's out_of_range, not parse_error: still an InputError.
TEST(Catalogue, NumberTooLargeIsAnInputError) {
    auto catalogue = Catalogue::fromJson(R"({"dmarcplan_catalogue": 1e999, "providers": []})", "cat.json");
    ASSERT_FALSE(catalogue);
    EXPECT_NE(catalogue.error().message.find("not valid JSON"), std::string::npos) << catalogue.error().describe();
}

namespace {

bool hasNonAscii(const std::string& text) {
    for (unsigned char c : text)
        if (c >= 0x80)
            return true;
    return false;
}

std::string v2(const std::string& provider) {
    return R"({"dmarcplan_catalogue": 2, "providers": [)" + provider + "]}";
}

const char* kMinimal = R"({"id": "x", "name": "X", "name_ja": "エックス", "region": "jp",
    "description": {"en": "X.", "ja": "エックス。"},
    "sources": [{"url": "https://example.com/x", "read": "2026-12-03", "facts": ["spf"]}],
    "spf": {"include": "_spf.example.com", "mail_from": "customer"},
    "unknown": ["dkim", "return_path", "signs_with_customer_domain"]})";

std::string withReplaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? text : text.replace(at, from.size(), to);
}

} // namespace

// Issue 21: every entry says where each fact it states was read and when, marks what the pages do
// not give as unknown, names its SPF includes as valid domain names, and has its Japanese texts.
TEST(Catalogue, EveryStatedFactHasASourceAndADate) {
    auto catalogue = Catalogue::load(test::sourcePath("resources/catalogue/providers.json"));
    ASSERT_TRUE(catalogue.ok()) << catalogue.error().describe();
    EXPECT_EQ(catalogue->schemaVersion(), 2);
    ASSERT_GE(catalogue->providers().size(), 40u);
    std::size_t japanese = 0;
    for (const auto& p : catalogue->providers()) {
        SCOPED_TRACE(p.id);
        japanese += p.region == "jp";
        ASSERT_FALSE(p.sources.empty());
        for (const auto& s : p.sources) {
            EXPECT_EQ(s.url.rfind("https://", 0), 0u);
            EXPECT_EQ(s.read.size(), 10u);
            EXPECT_FALSE(s.facts.empty());
        }
        auto needsSource = [&](const char* fact, bool stated) {
            if (stated) {
                EXPECT_FALSE(p.sourcesFor(fact).empty()) << fact;
            } else {
                EXPECT_TRUE(p.isUnknown(fact)) << fact << " is neither stated nor unknown";
            }
        };
        needsSource("spf", !p.isUnknown("spf"));
        needsSource("dkim", p.dkim.has_value());
        needsSource("return_path", p.returnPath.has_value());
        needsSource("signs_with_customer_domain", p.signsWithCustomerDomain.has_value());
        if (p.notes)
            needsSource("notes", true);
        if (!p.consoleSteps.empty())
            needsSource("console_steps", true);
        if (!p.regions.empty())
            needsSource("regions", true);
        if (p.spf.include) {
            EXPECT_TRUE(isValidDomainName(*p.spf.include)) << *p.spf.include;
        }
        if (p.returnPath && p.returnPath->spfInclude) {
            EXPECT_TRUE(isValidDomainName(*p.returnPath->spfInclude)) << *p.returnPath->spfInclude;
        }
        for (const auto& region : p.regions)
            if (region.spfInclude) {
                EXPECT_TRUE(isValidDomainName(*region.spfInclude)) << *region.spfInclude;
            }
        // Japanese texts complete, and really Japanese (not the English copied over), except names.
        EXPECT_FALSE(p.nameJa.empty());
        ASSERT_TRUE(p.description.has_value());
        EXPECT_TRUE(hasNonAscii(p.description->ja)) << p.description->ja;
        EXPECT_EQ(p.notes.has_value(), p.notesJa.has_value());
        if (p.notesJa) {
            EXPECT_TRUE(hasNonAscii(*p.notesJa));
        }
        for (const auto& step : p.consoleSteps)
            EXPECT_TRUE(hasNonAscii(step.ja)) << step.ja;
    }
    EXPECT_GE(japanese, 20u);
    const auto* kagoya = catalogue->find("kagoya-mail");
    ASSERT_NE(kagoya, nullptr);
    EXPECT_TRUE(kagoya->spfUnknown());
    EXPECT_FALSE(catalogue->find("google-workspace")->spfUnknown());
    EXPECT_FALSE(catalogue->find("amazon-ses")->spfUnknown()); // its MAIL FROM is SES's own domain
}

TEST(Catalogue, SchemaTwoRefusesFactsWithoutSourceOrState) {
    ASSERT_TRUE(Catalogue::fromJson(v2(kMinimal), "cat.json").ok())
        << Catalogue::fromJson(v2(kMinimal), "cat.json").error().describe();
    auto expectError = [](const std::string& text, const std::string& where) {
        auto result = Catalogue::fromJson(text, "cat.json");
        ASSERT_FALSE(result.ok()) << where;
        EXPECT_NE(result.error().describe().find(where), std::string::npos) << result.error().describe();
    };
    // A stated fact that no source names.
    expectError(v2(withReplaced(kMinimal, R"("facts": ["spf"])", R"("facts": ["notes"])")), "$.providers[0].spf");
    // Neither stated nor unknown.
    expectError(v2(withReplaced(kMinimal, R"("dkim", )", "")), "$.providers[0].dkim");
    // Both.
    expectError(v2(withReplaced(kMinimal, R"("unknown": ["dkim")", R"("unknown": ["spf", "dkim")")),
                "$.providers[0].spf");
    // A customer MAIL FROM without an include must say the include is unknown.
    expectError(v2(withReplaced(kMinimal, R"("include": "_spf.example.com", )", "")), "$.providers[0].spf.include");
    // Dates are calendar days; facts are from the list; Japanese texts are required.
    expectError(v2(withReplaced(kMinimal, "2026-12-03", "2026-02-30")), "$.providers[0].sources[0].read");
    expectError(v2(withReplaced(kMinimal, R"(["spf"])", R"(["price"])")), "$.providers[0].sources[0].facts[0]");
    expectError(v2(withReplaced(kMinimal, R"("ja": "エックス。")", R"("ja": "")")), "$.providers[0].description.ja");
    expectError(v2(withReplaced(kMinimal, R"("name_ja": "エックス", )", "")), "$.providers[0].name_ja");
    expectError(v2(withReplaced(kMinimal, R"("region": "jp",)", R"("region": "jp", "notes": "n",)")),
                "$.providers[0].notes");
    // Schema 1 files cannot use schema 2 keys.
    auto v1 = withReplaced(v2(kMinimal), R"("dmarcplan_catalogue": 2)", R"("dmarcplan_catalogue": 1)");
    expectError(v1, "needs \"dmarcplan_catalogue\": 2");
}

TEST(Catalogue, SchemaOneAbsentFactsAreUnknown) {
    auto catalogue = Catalogue::fromJson(
        R"({"dmarcplan_catalogue": 1, "providers": [{"id": "x", "name": "X", "region": "global",
            "documentation": ["https://example.com/doc"], "dkim": {"method": "txt"}}]})",
        "cat.json");
    ASSERT_TRUE(catalogue.ok()) << catalogue.error().describe();
    const auto& p = catalogue->providers().front();
    EXPECT_EQ(catalogue->schemaVersion(), 1);
    EXPECT_TRUE(p.isUnknown("spf"));
    EXPECT_TRUE(p.isUnknown("spf.include"));
    EXPECT_TRUE(p.spfUnknown());
    EXPECT_FALSE(p.isUnknown("dkim"));
    EXPECT_TRUE(p.isUnknown("return_path"));
}
