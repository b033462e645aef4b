#include "core/plan/Catalogue.h"

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
