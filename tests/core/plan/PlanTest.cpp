#include "core/plan/Plan.h"

#include "tests/support/TestSupport.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

using namespace dmarcplan;
using namespace dmarcplan::plan;

namespace {

std::string examplePlanPath() {
    return test::sourcePath("resources/examples/example.com.dmarcplan.json");
}

// A valid plan document with one member replaced (JSON pointer) or removed (nullopt value).
std::string variant(const std::string& pointer, std::optional<nlohmann::json> value) {
    auto document = nlohmann::json::parse(test::readFile(examplePlanPath()));
    nlohmann::json::json_pointer p(pointer);
    if (value)
        document[p] = *value;
    else
        document[p.parent_pointer()].erase(p.back());
    return document.dump();
}

std::string errorOf(const std::string& text) {
    auto plan = planFromJson(text, "plan.json");
    EXPECT_FALSE(plan.ok()) << "expected an error";
    return plan.ok() ? std::string() : plan.error().describe();
}

} // namespace

TEST(Plan, ExampleLoads) {
    auto plan = loadPlan(examplePlanPath());
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_EQ(plan->domain, "example.com");
    ASSERT_EQ(plan->sources.size(), 2u);
    EXPECT_EQ(plan->sources[1].kind, SourceKind::Ip);
    EXPECT_EQ(plan->dkim.at(0).selector, "mail2026");
    EXPECT_EQ(plan->dmarc.stage, DmarcStage::Quarantine);
    ASSERT_EQ(plan->scenarios.size(), 3u);
    EXPECT_EQ(plan->scenarios[2].intermediaries.at(0).subjectTag, "[members]");
}

TEST(Plan, RoundTripIsLossless) {
    auto text = test::readFile(examplePlanPath());
    auto plan = planFromJson(text, "example");
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    auto saved = planToJson(*plan);
    // Same JSON value as the file, and byte-identical to it (the file is written in schema order).
    EXPECT_EQ(nlohmann::json::parse(saved), nlohmann::json::parse(text));
    EXPECT_EQ(saved, text);
    auto again = planFromJson(saved, "saved");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *plan);
}

TEST(Plan, RoundTripKeepsAbsentOptionalMembersAbsent) {
    const std::string minimal =
        R"({"dmarcplan_plan": 1, "domain": "Example.ORG.", "sources": [], "dkim": [], "dmarc": {"stage": "monitor"}})";
    auto plan = planFromJson(minimal, "minimal");
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_EQ(plan->domain, "example.org");
    auto saved = nlohmann::json::parse(planToJson(*plan));
    EXPECT_EQ(
        saved,
        nlohmann::json::parse(
            R"({"dmarcplan_plan": 1, "domain": "example.org", "sources": [], "dkim": [], "dmarc": {"stage": "monitor"}})"));
}

TEST(Plan, ProviderOptionsRoundTrip) {
    auto text = variant("/sources/2", nlohmann::json::parse(R"({"kind": "provider", "provider": "amazon-ses",
        "options": {"return_path": "bounce", "region": "ap-northeast-1", "dkim_selectors": ["abc", "def"],
                    "dkim_targets": {"abc": "abc.dkim.amazonses.com"}}})"));
    auto plan = planFromJson(text, "p");
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    ASSERT_TRUE(plan->sources[2].options.has_value());
    EXPECT_EQ(plan->sources[2].options->region, "ap-northeast-1");
    EXPECT_EQ(absoluteName(*plan, *plan->sources[2].options->returnPath), "bounce.example.com");
    EXPECT_EQ(nlohmann::json::parse(planToJson(*plan)), nlohmann::json::parse(text));
}

TEST(Plan, ErrorsNameTheJsonPath) {
    EXPECT_EQ(errorOf(variant("/dkim/0/key_size", 512)),
              "plan.json: $.dkim[0].key_size: expected a whole number from 1024 to 4096");
    EXPECT_NE(errorOf(variant("/sources/1/addresses/0", "192.0.2.300")).find("$.sources[1].addresses[0]"),
              std::string::npos);
    EXPECT_NE(errorOf(variant("/dmarc/stage", "enforce"))
                  .find("$.dmarc.stage: \"enforce\" is not one of: monitor, "
                        "quarantine, reject"),
              std::string::npos);
    EXPECT_NE(errorOf(variant("/dmarc/rua/0", "dmarc@example.com")).find("$.dmarc.rua[0]"), std::string::npos);
    EXPECT_NE(
        errorOf(variant("/scenarios/1/intermediaries/0/type", "relay")).find("$.scenarios[1].intermediaries[0].type"),
        std::string::npos);
    EXPECT_NE(errorOf(variant("/scenarios/0/ip", "not-an-ip")).find("$.scenarios[0].ip"), std::string::npos);
    EXPECT_NE(errorOf(variant("/dmarc", std::nullopt)).find("$.dmarc: required"), std::string::npos);
    EXPECT_NE(errorOf(variant("/domain", "bad domain")).find("$.domain"), std::string::npos);
}

TEST(Plan, UnknownKeysAreRejectedNotDropped) {
    auto error = errorOf(variant("/dkim/0/keysize", 2048));
    EXPECT_NE(error.find("$.dkim[0].keysize: unknown key"), std::string::npos) << error;
}

TEST(Plan, DuplicateSelectorsAndScenarioNames) {
    auto doc = nlohmann::json::parse(test::readFile(examplePlanPath()));
    doc["dkim"].push_back(doc["dkim"][0]);
    EXPECT_NE(errorOf(doc.dump()).find("$.dkim[1].selector"), std::string::npos);
    EXPECT_NE(errorOf(variant("/scenarios/1/name", "office to a customer")).find("$.scenarios[1].name"),
              std::string::npos);
}

TEST(Plan, NewerSchemaVersionIsRefused) {
    EXPECT_NE(errorOf(variant("/dmarcplan_plan", 2)).find("newer dmarcplan"), std::string::npos);
    EXPECT_NE(errorOf(variant("/dmarcplan_plan", std::nullopt)).find("$.dmarcplan_plan: required"), std::string::npos);
}

TEST(Plan, ReturnPathMustBeBelowTheDomain) {
    auto text = variant(
        "/sources/2",
        nlohmann::json::parse(
            R"({"kind": "provider", "provider": "postmark", "options": {"return_path": "bounce.example.net"}})"));
    EXPECT_NE(errorOf(text).find("$.sources[2].options.return_path"), std::string::npos);
}

TEST(Plan, SyntaxErrorHasLineAndColumn) {
    auto plan = planFromJson("{\n  \"dmarcplan_plan\": 1,\n  \"domain\": \n}\n", "broken.json");
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().line, 4);
    EXPECT_NE(plan.error().describe().find("broken.json:4:"), std::string::npos) << plan.error().describe();
}

TEST(Plan, StarterPlanIsValid) {
    auto starter = starterPlan("Shop.Example.JP");
    auto reloaded = planFromJson(planToJson(starter), "starter");
    ASSERT_TRUE(reloaded.ok()) << reloaded.error().describe();
    EXPECT_EQ(*reloaded, starter);
    EXPECT_EQ(starter.dmarc.rua.at(0), "mailto:dmarc-reports@shop.example.jp");
}

TEST(Plan, SaveIsAtomicAndReplacesTheFile) {
    test::TempDir dir;
    auto path = dir.file("site.dmarcplan.json");
    test::writeFile(path, "old content");
    auto plan = starterPlan("example.net");
    auto saved = savePlan(plan, path);
    ASSERT_TRUE(saved.ok()) << saved.error().describe();
    auto loaded = loadPlan(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    EXPECT_EQ(*loaded, plan);
    // No temporary file is left next to it.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    EXPECT_EQ(files, 1u);
}

TEST(Plan, SaveIntoMissingFolderIsAnError) {
    test::TempDir dir;
    auto saved = savePlan(starterPlan("example.net"), dir.file("missing/plan.json"));
    EXPECT_FALSE(saved.ok());
}

// A number too large for a double is nlohmann's out_of_range, not parse_error: still an InputError.
TEST(Plan, NumberTooLargeIsAnInputError) {
    auto plan = planFromJson(R"({"dmarcplan_plan": 1, "ttl": 1e999})", "plan.json");
    ASSERT_FALSE(plan);
    EXPECT_NE(plan.error().message.find("not valid JSON"), std::string::npos) << plan.error().describe();
}

// nlohmann keeps the last of two equal keys without a word: a plan that says "stage" twice would
// silently mean its second value.
TEST(Plan, DuplicateKeysAreAnErrorWithTheirPath) {
    auto text = test::readFile(examplePlanPath());
    auto withDuplicate = [&](const std::string& after, const std::string& inserted) {
        auto copy = text;
        auto at = copy.find(after);
        EXPECT_NE(at, std::string::npos) << after;
        copy.insert(at + after.size(), inserted);
        return copy;
    };
    EXPECT_EQ(errorOf(withDuplicate("\"dmarc\": {", "\"stage\": \"reject\", ")),
              "plan.json: $.dmarc.stage: duplicate key");
    EXPECT_EQ(errorOf(withDuplicate("\"name\": \"office\",", " \"name\": \"office2\",")),
              "plan.json: $.sources[1].name: duplicate key");
    EXPECT_EQ(errorOf(withDuplicate("\"ttl\": 3600,", " \"ttl\": 60,")), "plan.json: $.ttl: duplicate key");
    // Equal keys in different objects are fine.
    EXPECT_TRUE(planFromJson(text, "plan.json").ok());
}
