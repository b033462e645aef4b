// The scenario model as data: parsing with JSON-path errors, the built-in library, parameters, SRS.

#include "core/common/MessageCatalogue.h"
#include "core/simulate/Parameters.h"
#include "core/simulate/ScenarioLibrary.h"
#include "core/simulate/Srs.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace dmarcplan;
using namespace dmarcplan::simulate;
using nlohmann::json;

TEST(ScenarioModel, ParsesAScenarioWithEveryPart) {
    auto parsed = parseScenario(json::parse(R"({
        "id": "my-list", "name": "Our list", "description": "d", "legitimate": true,
        "from": "{domain}", "mail_from": "a@{domain}", "sender": "own", "ip": "192.0.2.7", "helo": "h.{domain}",
        "signatures": [{"signer": "author", "algorithm": "ed25519"},
                       {"signer": "delegated", "actor": "provider", "selector": "p1"}],
        "steps": [{"type": "list", "actor": "list", "subject_tag": true, "footer": false, "own_envelope": true,
                   "rewrite_from": true, "sign": true}],
        "publish": [{"name": "x.{domain}", "type": "MX", "value": "10 mail.{domain}"}],
        "actors": {"relay1": {"domain": "relay.example", "ip": "198.51.100.9", "helo": "relay.example"}}
    })"));
    ASSERT_TRUE(parsed) << parsed.error().describe();
    const auto& s = *parsed;
    EXPECT_EQ(s.id, "my-list");
    EXPECT_EQ(s.displayName(), "Our list");
    EXPECT_EQ(s.ip, "192.0.2.7");
    ASSERT_EQ(s.signatures.size(), 2u);
    EXPECT_EQ(s.signatures[0].algorithm, "ed25519");
    EXPECT_EQ(s.signatures[1].signer, Signature::Signer::Delegated);
    EXPECT_EQ(s.signatures[1].selector, "p1");
    ASSERT_EQ(s.steps.size(), 1u);
    EXPECT_EQ(s.steps[0].kind, Step::Kind::List);
    EXPECT_TRUE(s.steps[0].subjectTag);
    EXPECT_FALSE(s.steps[0].footer);
    EXPECT_TRUE(s.steps[0].rewriteFrom);
    ASSERT_EQ(s.publish.size(), 1u);
    EXPECT_EQ(s.publish[0].type, dns::RecordType::MX);
    ASSERT_EQ(s.actors.size(), 1u);
    EXPECT_EQ(s.actors[0].name, "relay1");

    // What toJson writes, parseScenario reads back to the same JSON.
    auto again = parseScenario(toJson(s));
    ASSERT_TRUE(again) << again.error().describe();
    EXPECT_EQ(toJson(*again), toJson(s));
}

TEST(ScenarioModel, ErrorsNameTheJsonPath) {
    struct Case {
        const char* json;
        const char* path;
        const char* words;
    };
    const Case cases[] = {
        {R"({"name": "n"})", "plan.scenarios[2].id", "missing"},
        {R"({"id": "Bad Id", "name": "n"})", "plan.scenarios[2].id", "a-z"},
        {R"({"id": "a", "name": "n", "colour": 1})", "plan.scenarios[2].colour", "unknown key"},
        {R"({"id": "a", "name": "n", "steps": [{"type": "teleport", "actor": "x"}]})",
         "plan.scenarios[2].steps[0].type", "not one of"},
        {R"({"id": "a", "name": "n", "steps": [{"type": "list", "actor": "list", "srs": true}]})",
         "plan.scenarios[2].steps[0].srs", "SRS"},
        {R"({"id": "a", "name": "n", "steps": [{"type": "forward"}]})", "plan.scenarios[2].steps[0].actor", "missing"},
        {R"({"id": "a", "name": "n", "signatures": [{"signer": "actor"}]})", "plan.scenarios[2].signatures[0].actor",
         "missing"},
        {R"({"id": "a", "name": "n", "signatures": {"signer": "author"}})", "plan.scenarios[2].signatures", "array"},
        {R"({"id": "a", "name": "n", "legitimate": "yes"})", "plan.scenarios[2].legitimate", "true or false"},
        {R"({"id": "a", "name": "n", "mail_from": "nobody"})", "plan.scenarios[2].mail_from", "address"},
        {R"({"id": "a", "name": "n", "publish": [{"name": "x", "type": "SRV", "value": "v"}]})",
         "plan.scenarios[2].publish[0].type", "not one of"},
        {R"({"id": "a", "name": "n", "actors": {"r": {"domain": "r.example"}}})", "plan.scenarios[2].actors.r.ip",
         "missing"},
        {R"([1, 2])", "plan.scenarios[2]", "object"},
    };
    for (const auto& c : cases) {
        auto parsed = parseScenario(json::parse(c.json), "plan.scenarios[2]");
        ASSERT_FALSE(parsed) << c.json;
        EXPECT_EQ(parsed.error().source, c.path) << c.json;
        EXPECT_NE(parsed.error().message.find(c.words), std::string::npos) << parsed.error().message;
    }
}

TEST(ScenarioLibrary, BuiltInLibraryHoldsTheScenariosOfTheIssue) {
    const auto& library = builtinScenarioLibrary();
    std::vector<std::string> ids;
    for (const auto& s : library.scenarios) {
        ids.push_back(s.id);
        EXPECT_FALSE(s.nameCode.empty()) << s.id;
        EXPECT_NE(s.displayName(), s.nameCode) << "catalogue text missing for " << s.nameCode;
        EXPECT_NE(s.displayDescription(), s.descriptionCode) << "catalogue text missing for " << s.descriptionCode;
        EXPECT_FALSE(checkReferences(s, library, s.id)) << s.id;
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"direct", "provider-own-domain", "provider-return-path",
                                             "provider-delegated-selector", "forward", "forward-srs", "list",
                                             "list-rewrite-from", "spoofer", "subdomain", "nonexistent-subdomain",
                                             "subdomain-envelope"}));
    for (const char* actor : {"own", "provider", "forwarder", "list", "spoofer"})
        EXPECT_NE(library.findActor(actor), nullptr) << actor;
    // The compiled-in text is the resource file.
    EXPECT_EQ(json::parse(builtinScenarioLibraryJson()),
              json::parse(test::readFile(test::sourcePath("resources/scenarios/library.json"))));
}

TEST(ScenarioLibrary, UserScenariosJoinTheLibraryWithCheckedReferences) {
    ScenarioLibrary library = builtinScenarioLibrary();
    auto duplicate = parseScenario(json{{"id", "direct"}, {"name", "again"}});
    ASSERT_TRUE(duplicate);
    auto error = library.add(*duplicate, "plan.scenarios[0]");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->source, "plan.scenarios[0].id");
    auto unknownActor = parseScenario(json{{"id", "mine"}, {"name", "n"}, {"sender", "ghost"}});
    ASSERT_TRUE(unknownActor);
    error = library.add(*unknownActor, "plan.scenarios[1]");
    ASSERT_TRUE(error);
    EXPECT_NE(error->message.find("ghost"), std::string::npos);
    auto fine = parseScenario(json{{"id", "mine"}, {"name", "n"}, {"sender", "provider"}});
    ASSERT_TRUE(fine);
    EXPECT_FALSE(library.add(*fine));
    EXPECT_NE(library.findScenario("mine"), nullptr);
}

TEST(ScenarioLibrary, FilesReportSyntaxErrorsWithLineAndPathErrors) {
    test::TempDir dir;
    test::writeFile(dir.file("syntax.json"), "{\n  \"scenarios\": [\n    {\"id\": }\n  ]\n}\n");
    auto syntax = loadScenarioLibrary(dir.file("syntax.json"));
    ASSERT_FALSE(syntax);
    EXPECT_EQ(syntax.error().source, dir.file("syntax.json"));
    EXPECT_EQ(syntax.error().line, 3);
    auto bad = loadScenarioLibrary(test::dataPath("simulate/bad-scenarios.json"), &builtinScenarioLibrary());
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().message.find("scenarios[1].steps[0].srs"), std::string::npos) << bad.error().describe();
    auto alone = loadScenarioLibrary(test::dataPath("simulate/user-scenarios.json"));
    ASSERT_FALSE(alone) << "uses the built-in actor \"own\"";
    EXPECT_NE(alone.error().message.find("unknown actor \"own\""), std::string::npos);
    auto good = loadScenarioLibrary(test::dataPath("simulate/user-scenarios.json"), &builtinScenarioLibrary());
    ASSERT_TRUE(good) << good.error().describe();
    EXPECT_EQ(good->scenarios.size(), builtinScenarioLibrary().scenarios.size() + 1);
    EXPECT_NE(good->findScenario("disclaimer-gateway"), nullptr);
    EXPECT_NE(good->findActor("gateway"), nullptr);
}

TEST(SimulationParameters, AcceptsTheDocumentedValues) {
    auto parameters = parseParameters({"srs=on", "list_rewrite_from=yes", "aspf=strict", "adkim=r", "p=REJECT",
                                       "sp=quarantine", "np=none", "t=y", "sign=off", "key_algorithm=both",
                                       "selector=mail2026", "canonicalization=simple", "own_ip=2001:db8::25"});
    ASSERT_TRUE(parameters) << parameters.error().describe();
    EXPECT_EQ(parameters->srs, true);
    EXPECT_EQ(parameters->listRewriteFrom, true);
    EXPECT_FALSE(parameters->listFooter.has_value());
    EXPECT_EQ(parameters->aspf, "s");
    EXPECT_EQ(parameters->adkim, "r");
    EXPECT_EQ(parameters->p, "reject");
    EXPECT_EQ(parameters->t, "y");
    EXPECT_FALSE(parameters->sign);
    EXPECT_EQ(parameters->keyAlgorithm, "both");
    EXPECT_EQ(parameters->selector, "mail2026");
    EXPECT_EQ(parameters->canonicalization, "simple/simple");
    EXPECT_EQ(parameters->ownIp, "2001:db8::25");
    EXPECT_TRUE(parameters->changesDmarcRecord());
    EXPECT_FALSE(Parameters{}.changesDmarcRecord());
    auto json = toJson(*parameters);
    EXPECT_EQ(json["aspf"], "s");
    EXPECT_EQ(json["srs"], true);
    EXPECT_FALSE(json.contains("list_footer"));
}

TEST(SimulationParameters, RejectsUnknownKeysAndBadValues) {
    for (const char* bad : {"colour=red", "srs=maybe", "aspf=x", "p=drop", "key_algorithm=dsa", "selector=a b",
                            "own_ip=300.1.1.1", "canonicalization=loose/simple", "no-equals-sign"}) {
        auto parsed = parseParameters({bad});
        ASSERT_FALSE(parsed) << bad;
        EXPECT_EQ(parsed.error().source, "--set");
    }
    auto unknown = parseParameters({"colour=red"});
    EXPECT_NE(unknown.error().message.find("aspf"), std::string::npos) << "lists the known keys";
    for (const auto& info : parameterInfos()) {
        EXPECT_NE(renderMessage(info.descriptionCode, {}), info.descriptionCode) << info.key;
    }
}

TEST(Srs, RewritesTheEnvelopeToTheForwardersDomain) {
    auto address = srsForward("info@example.com", "forwarder.example", "secret", 1767225600); // 2026-01-01
    // SRS0=HHHH=TT=domain=local@forwarder
    ASSERT_EQ(address.rfind("SRS0=", 0), 0u) << address;
    EXPECT_NE(address.find("=example.com=info@forwarder.example"), std::string::npos) << address;
    EXPECT_EQ(address.size(), std::string("SRS0=HHHH=TT=example.com=info@forwarder.example").size());
    EXPECT_EQ(address, srsForward("info@example.com", "forwarder.example", "secret", 1767225600));
    EXPECT_NE(address, srsForward("info@example.com", "forwarder.example", "other", 1767225600));
}

// Found by fuzzing (scenario_file target): a number too large for a double made nlohmann throw
// out_of_range, not parse_error, and the exception escaped loadScenarioLibrary.
TEST(ScenarioLibrary, NumberTooLargeIsAnInputError) {
    test::TempDir dir;
    test::writeFile(dir.file("huge.json"), "{\"version\": 1e999}\n");
    auto huge = loadScenarioLibrary(dir.file("huge.json"));
    ASSERT_FALSE(huge);
    EXPECT_NE(huge.error().message.find("number overflow"), std::string::npos) << huge.error().describe();
}

TEST(ScenarioLibrary, DuplicateKeysAreAnErrorWithTheirPath) {
    test::TempDir dir;
    auto text = test::readFile(test::dataPath("simulate/user-scenarios.json"));
    auto at = text.find("\"mail_from\": \"info@{domain}\",");
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "\"from\": \"other.example\", ");
    test::writeFile(dir.file("twice.json"), text);
    auto twice = loadScenarioLibrary(dir.file("twice.json"), &builtinScenarioLibrary());
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().source, dir.file("twice.json"));
    EXPECT_EQ(twice.error().message, "scenarios[0].from: duplicate key");
}
