// The simulator against a zone file, with the real SPF, DKIM and DMARC engines: the acceptance
// cases of the issue (the five rows users know, aspf, signing off, From rewriting) and the overlay.

#include "core/simulate/Simulator.h"
#include "core/common/MessageCatalogue.h"
#include "core/dns/ResolverFactory.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

using namespace dmarcplan;
using namespace dmarcplan::simulate;

namespace {

// Generated keys are kept for the whole test program: each RSA key is made once.
std::shared_ptr<KeyStore> sharedKeys() {
    static auto keys = std::make_shared<KeyStore>();
    return keys;
}

Simulator makeSimulator(ScenarioLibrary library = builtinScenarioLibrary(),
                        const std::string& zone = "simulate/example.com.zone") {
    auto zoneData = dns::ZoneData::fromFile(test::dataPath(zone));
    EXPECT_TRUE(zoneData) << zoneData.error().describe();
    SimulatorOptions options;
    options.domain = "example.com";
    options.resolver = dns::makeResolver(*zoneData);
    options.keys = sharedKeys();
    options.library = std::move(library);
    return Simulator(std::move(options));
}

Table run(const Simulator& simulator, const std::vector<std::string>& set = {},
          const std::vector<std::string>& scenarios = {}) {
    auto parameters = parseParameters(set);
    EXPECT_TRUE(parameters) << parameters.error().describe();
    auto table = simulator.run(*parameters, scenarios);
    EXPECT_TRUE(table) << table.error().describe();
    return table ? *table : Table{};
}

const Row& rowOf(const Table& table, const std::string& id) {
    for (const auto& row : table.rows)
        if (row.scenario == id)
            return row;
    ADD_FAILURE() << "no row " << id;
    static Row none;
    return none;
}

std::string columns(const Row& row) {
    auto yn = [](bool b) { return std::string(b ? "pass" : "fail"); };
    // The seed table's columns: SPF result, SPF alignment, DKIM result, DKIM alignment -> DMARC.
    auto dkim = row.dkim == "pass" ? "pass" : "fail";
    return row.spf + " " + yn(row.spfAligned) + " " + dkim + " " + yn(row.dkimAligned) + " -> " + row.dmarc;
}

ScenarioLibrary libraryWithUserScenarios() {
    auto library = loadScenarioLibrary(test::dataPath("simulate/user-scenarios.json"), &builtinScenarioLibrary());
    EXPECT_TRUE(library) << library.error().describe();
    return library ? *library : builtinScenarioLibrary();
}

} // namespace

// ../shared/seeds/001: the combination table users know, each row produced by a real scenario.
TEST(Simulator, ProducesEachRowOfTheCombinationTableUsersKnow) {
    auto simulator = makeSimulator(libraryWithUserScenarios());
    auto table = run(simulator);
    // 1. pass pass pass pass -> pass: direct from the domain's own server, signed.
    EXPECT_EQ(columns(rowOf(table, "direct")), "pass pass pass pass -> pass");
    // 2. pass pass fail fail -> pass: a gateway adds a disclaimer after signing; SPF still aligns.
    EXPECT_EQ(columns(rowOf(table, "disclaimer-gateway")), "pass pass fail fail -> pass");
    EXPECT_EQ(rowOf(table, "disclaimer-gateway").evidence.signatures.at(0).reason, "body_hash_mismatch");
    // 3. pass fail fail fail -> fail: a list modifies the message and uses its own envelope.
    EXPECT_EQ(columns(rowOf(table, "list")), "pass fail fail fail -> fail");
    // 4. fail fail pass pass -> pass: plain forwarding breaks SPF, the signature survives.
    EXPECT_EQ(columns(rowOf(table, "forward")), "fail fail pass pass -> pass");
    // 5. pass fail pass fail -> fail: a provider with its own bounce domain and its own d=.
    EXPECT_EQ(columns(rowOf(table, "provider-own-domain")), "pass fail pass fail -> fail");
}

TEST(Simulator, EveryBuiltInScenarioUnderTheDomainsOwnRecords) {
    auto table = run(makeSimulator());
    ASSERT_EQ(table.rows.size(), 12u);
    EXPECT_EQ(table.ownIp, "192.0.2.25");
    EXPECT_EQ(table.ownHelo, "mail.example.com");
    const std::map<std::string, std::string> expected = {
        {"direct", "pass pass pass pass -> pass"},
        {"provider-own-domain", "pass fail pass fail -> fail"},
        {"provider-return-path", "pass pass pass fail -> pass"},
        {"provider-delegated-selector", "pass fail pass pass -> pass"},
        {"forward", "fail fail pass pass -> pass"},
        {"forward-srs", "pass fail pass pass -> pass"},
        {"list", "pass fail fail fail -> fail"},
        {"list-rewrite-from", "pass pass pass pass -> pass"},
        {"spoofer", "fail fail fail fail -> fail"},
        {"subdomain", "none fail pass pass -> pass"},
        {"nonexistent-subdomain", "none fail fail fail -> fail"},
        {"subdomain-envelope", "pass pass fail fail -> pass"},
    };
    for (const auto& [id, columnsWanted] : expected)
        EXPECT_EQ(columns(rowOf(table, id)), columnsWanted) << id << ": " << rowOf(table, id).reason.text();
    // Dispositions under p=reject, and the policy tags that applied.
    EXPECT_EQ(rowOf(table, "spoofer").disposition, "reject");
    EXPECT_EQ(rowOf(table, "list").disposition, "reject");
    EXPECT_EQ(rowOf(table, "direct").disposition, "none");
    EXPECT_EQ(rowOf(table, "nonexistent-subdomain").evidence.policyTag, "p"); // no np, no sp: p applies
    // A list that rewrites From is judged on the list's domain.
    EXPECT_EQ(rowOf(table, "list-rewrite-from").evidence.fromDomain, "lists.example");
    EXPECT_EQ(rowOf(table, "list").evidence.fromDomain, "example.com");
}

TEST(Simulator, StrictSpfAlignmentFlipsScenarios3And11) {
    auto simulator = makeSimulator();
    auto relaxed = run(simulator, {"aspf=r"}, {"3", "subdomain-envelope"});
    auto strict = run(simulator, {"aspf=s"}, {"3", "subdomain-envelope"});
    for (const char* id : {"provider-return-path", "subdomain-envelope"}) {
        EXPECT_EQ(rowOf(relaxed, id).dmarc, "pass") << id;
        EXPECT_TRUE(rowOf(relaxed, id).spfAligned) << id;
        EXPECT_EQ(rowOf(strict, id).dmarc, "fail") << id;
        EXPECT_EQ(rowOf(strict, id).spf, "pass") << id;
        EXPECT_FALSE(rowOf(strict, id).spfAligned) << id;
        ASSERT_TRUE(rowOf(strict, id).recommendation) << id;
        EXPECT_EQ(rowOf(strict, id).recommendation->code, "SIM-REC-RELAXED-SPF") << id;
    }
    EXPECT_NE(rowOf(strict, "subdomain-envelope").evidence.policyRecord.find("aspf=s"), std::string::npos);
}

TEST(Simulator, WithoutTheAuthorSignatureForwardingFails) {
    auto simulator = makeSimulator();
    auto signing = run(simulator, {}, {"forward"});
    EXPECT_EQ(rowOf(signing, "forward").dmarc, "pass");
    auto unsigned_ = run(simulator, {"sign=off"}, {"forward"});
    const auto& row = rowOf(unsigned_, "forward");
    EXPECT_EQ(row.dmarc, "fail");
    EXPECT_EQ(row.dkim, "none");
    EXPECT_EQ(row.spf, "fail");
    EXPECT_EQ(row.disposition, "reject");
    ASSERT_TRUE(row.recommendation);
    EXPECT_EQ(row.recommendation->code, "SIM-REC-SIGN-OWN-DOMAIN");
    // The SPF evidence is the real trace: the forwarder's address is not in the domain's record.
    EXPECT_EQ(row.evidence.ip, "203.0.113.25");
    EXPECT_FALSE(row.evidence.spfTrace.empty());
}

TEST(Simulator, FromRewritingMakesTheListPassOnTheListsDomain) {
    auto simulator = makeSimulator();
    auto off = run(simulator, {"list_rewrite_from=off"}, {"list-rewrite-from"});
    const auto& failing = rowOf(off, "list-rewrite-from");
    EXPECT_EQ(failing.dmarc, "fail");
    EXPECT_EQ(failing.evidence.fromDomain, "example.com");
    ASSERT_TRUE(failing.recommendation);
    EXPECT_EQ(failing.recommendation->code, "SIM-REC-LIST-REWRITE-FROM");
    auto on = run(simulator, {"list_rewrite_from=on"}, {"list-rewrite-from", "list"});
    for (const char* id : {"list-rewrite-from", "list"}) {
        const auto& row = rowOf(on, id);
        EXPECT_EQ(row.dmarc, "pass") << id;
        EXPECT_EQ(row.evidence.fromDomain, "lists.example") << id;
        EXPECT_EQ(row.evidence.policyDomain, "lists.example") << id;
        EXPECT_FALSE(row.recommendation) << id;
    }
}

TEST(Simulator, ListChangesBreakTheAuthorSignatureOnlyWhenTheyChangeSignedParts) {
    auto simulator = makeSimulator();
    auto table = run(simulator, {"list_subject_tag=off", "list_footer=off"}, {"list"});
    const auto& row = rowOf(table, "list");
    EXPECT_EQ(row.dkim, "pass");
    EXPECT_EQ(row.dmarc, "pass");
    auto tagged = run(simulator, {"list_subject_tag=on", "list_footer=off"}, {"list"});
    const auto& author = rowOf(tagged, "list").evidence.signatures;
    bool sawAuthorFailure = false;
    for (const auto& s : author)
        if (s.signer == "author") {
            EXPECT_EQ(s.result, "fail");
            EXPECT_EQ(s.reason, "signature_mismatch");
            sawAuthorFailure = true;
        }
    EXPECT_TRUE(sawAuthorFailure);
}

TEST(Simulator, PolicyParametersChangeTheDispositionAndSubdomainTags) {
    auto simulator = makeSimulator();
    auto table = run(simulator, {"p=none", "sp=quarantine", "np=reject", "adkim=s"},
                     {"spoofer", "subdomain", "nonexistent-subdomain"});
    EXPECT_EQ(rowOf(table, "spoofer").disposition, "none");
    EXPECT_EQ(rowOf(table, "spoofer").recommendation->code, "SIM-REC-RAISE-POLICY");
    // adkim=s: d=example.com no longer aligns with news.example.com, so sp applies to the subdomain.
    EXPECT_EQ(rowOf(table, "subdomain").dmarc, "fail");
    EXPECT_EQ(rowOf(table, "subdomain").evidence.policyTag, "sp");
    EXPECT_EQ(rowOf(table, "subdomain").disposition, "quarantine");
    EXPECT_EQ(rowOf(table, "subdomain").recommendation->code, "SIM-REC-RELAXED-DKIM");
    EXPECT_EQ(rowOf(table, "nonexistent-subdomain").evidence.policyTag, "np");
    EXPECT_EQ(rowOf(table, "nonexistent-subdomain").disposition, "reject");
    auto testing = run(simulator, {"t=y"}, {"spoofer"});
    EXPECT_EQ(rowOf(testing, "spoofer").disposition, "quarantine"); // reject lowered one step
    bool noted = false;
    for (const auto& note : table.notes)
        noted = noted || note.code == "SIM-NOTE-DMARC-CHANGED";
    EXPECT_TRUE(noted);
}

TEST(Simulator, GeneratesAndPublishesAKeyWhenTheDomainHasNone) {
    auto simulator = makeSimulator();
    for (const char* algorithm : {"rsa", "ed25519", "both"}) {
        auto table = run(simulator, {std::string("key_algorithm=") + algorithm}, {"direct"});
        const auto& row = rowOf(table, "direct");
        EXPECT_EQ(row.dmarc, "pass") << algorithm;
        std::size_t expectedSignatures = std::string(algorithm) == "both" ? 2 : 1;
        ASSERT_EQ(row.evidence.signatures.size(), expectedSignatures) << algorithm;
        for (const auto& s : row.evidence.signatures)
            EXPECT_EQ(s.result, "pass") << algorithm << " " << s.selector;
        bool generated = false;
        for (const auto& note : table.notes)
            generated = generated || note.code == "SIM-NOTE-KEY-GENERATED";
        EXPECT_TRUE(generated) << algorithm;
    }
    EXPECT_EQ(rowOf(run(simulator, {"key_algorithm=ed25519"}, {"direct"}), "direct").evidence.signatures[0].algorithm,
              "ed25519-sha256");
}

TEST(Simulator, AUserKeyIsVerifiedAgainstThePublishedRecord) {
    // The domain publishes a key; signing with its private half passes, while a different private key
    // for the same selector fails against the published record: the simulator does not replace it.
    auto published = dkim::KeyGenerator::generate({dkim::KeyAlgorithm::Ed25519});
    auto other = dkim::KeyGenerator::generate({dkim::KeyAlgorithm::Ed25519});
    ASSERT_TRUE(published && other);
    auto zone = dns::ZoneData::fromFile(test::dataPath("simulate/example.com.zone"));
    ASSERT_TRUE(zone);
    zone->addRecord(dns::Record::makeTxt("s1._domainkey.example.com", published->recordStrings(), 3600));
    auto makeWith = [&](const dkim::KeyPair& key) {
        SimulatorOptions options;
        options.domain = "example.com";
        options.resolver = dns::makeResolver(*zone);
        options.keys = std::make_shared<KeyStore>();
        options.keys->addUserKey("example.com", "s1", key);
        return Simulator(std::move(options));
    };
    auto good = run(makeWith(*published), {"selector=s1", "key_algorithm=ed25519"}, {"direct"});
    EXPECT_EQ(rowOf(good, "direct").dkim, "pass");
    auto wrong = run(makeWith(*other), {"selector=s1", "key_algorithm=ed25519"}, {"direct"});
    EXPECT_EQ(rowOf(wrong, "direct").dkim, "fail");
    EXPECT_EQ(rowOf(wrong, "direct").evidence.signatures.at(0).reason, "signature_mismatch");
    EXPECT_EQ(rowOf(wrong, "direct").dmarc, "pass"); // SPF still aligns
}

TEST(Simulator, RecomputationReusesSignaturesAndIsThreadSafe) {
    auto simulator = makeSimulator();
    auto first = run(simulator);
    auto before = simulator.stats();
    auto second = run(simulator);
    auto after = simulator.stats();
    EXPECT_EQ(after.signaturesMade, before.signaturesMade) << "nothing is signed twice";
    EXPECT_GT(after.signatureCacheHits, before.signatureCacheHits);
    EXPECT_EQ(nlohmann::json(toJson(first)["rows"]).dump(), nlohmann::json(toJson(second)["rows"]).dump());

    // Several workers recomputing with different parameters get the answers a lone run gets.
    std::vector<std::vector<std::string>> sets = {{"aspf=s"}, {"sign=off"}, {"list_rewrite_from=on"}, {"p=none"}};
    std::vector<std::string> alone;
    for (const auto& set : sets)
        alone.push_back(toJson(run(simulator, set))["rows"].dump());
    std::vector<std::string> together(sets.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < sets.size(); ++i)
        threads.emplace_back([&, i] { together[i] = toJson(run(simulator, sets[i]))["rows"].dump(); });
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(together, alone);
}

TEST(Simulator, UnknownScenarioIsAnInputError) {
    auto simulator = makeSimulator();
    auto table = simulator.run({}, {"teleport"});
    ASSERT_FALSE(table);
    EXPECT_EQ(table.error().source, "--scenario");
    EXPECT_NE(table.error().message.find("direct"), std::string::npos);
    EXPECT_FALSE(simulator.run({}, {"13"}));
    ASSERT_TRUE(simulator.run({}, {"12"}));
}

TEST(Simulator, RowsSerialiseWithTheDocumentedKeys) {
    auto table = run(makeSimulator(), {"sign=off"}, {"forward", "direct"});
    auto json = toJson(table);
    ASSERT_EQ(json["rows"].size(), 2u);
    for (const char* key : {"scenario", "spf", "spf_aligned", "dkim", "dkim_aligned", "dmarc", "disposition", "reason",
                            "recommendation", "evidence"})
        EXPECT_TRUE(json["rows"][0].contains(key)) << key;
    const auto& evidence = json["rows"][0]["evidence"];
    EXPECT_EQ(evidence["mail_from"], "info@example.com");
    EXPECT_FALSE(evidence["spf"]["trace"].empty());
    EXPECT_TRUE(json["rows"][0]["recommendation"].is_string());
    EXPECT_TRUE(json["rows"][1]["recommendation"].is_null()); // direct passes through SPF
    auto text = renderText(table);
    EXPECT_NE(text.find("scenario"), std::string::npos);
    EXPECT_NE(text.find("forward"), std::string::npos);
    EXPECT_NE(text.find("recommendation:"), std::string::npos);
}

TEST(Simulator, EveryReasonRecommendationAndNoteHasCatalogueText) {
    auto simulator = makeSimulator(libraryWithUserScenarios());
    std::vector<std::vector<std::string>> sets = {{},
                                                  {"aspf=s", "adkim=s"},
                                                  {"sign=off"},
                                                  {"p=none", "sp=quarantine", "np=reject", "t=y"},
                                                  {"list_rewrite_from=on", "srs=on", "key_algorithm=both"}};
    std::set<std::string> codes;
    for (const auto& set : sets) {
        auto table = run(simulator, set);
        for (const auto& note : table.notes)
            codes.insert(note.code);
        for (const auto& row : table.rows) {
            codes.insert(row.reason.code);
            if (row.recommendation)
                codes.insert(row.recommendation->code);
            for (const auto& note : row.evidence.notes)
                codes.insert(note.code);
        }
    }
    EXPECT_GE(codes.size(), 20u);
    for (const auto& code : codes) {
        const auto* entry = findCatalogueEntry(code);
        ASSERT_NE(entry, nullptr) << code;
        EXPECT_STREQ(entry->context, "Scenarios") << code;
    }
}
