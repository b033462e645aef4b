#pragma once
// A scenario as data: the path a message takes from its author to the receiver. The built-in
// library (resources/scenarios/library.json) and the scenarios users write in a plan file share this
// shape and this parser; the JSON schema is documented in the README ("### Simulation").
//
// Strings may hold placeholders that are filled in when a scenario runs: {domain} (the simulated
// author domain), {selector} (the author's DKIM selector), {own_ip}, {own_helo} (the domain's own
// outgoing server) and {ACTOR.domain}, {ACTOR.ip}, {ACTOR.helo} for every actor.

#include "core/common/Result.h"
#include "core/dns/Answer.h"

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::simulate {

// A record the simulator publishes in its overlay zone because the scenario assumes it (a provider's
// custom return path CNAME, an existing subdomain...). Records of the domain itself win: a planned
// record is published only where the domain's DNS has nothing at that name.
struct PlannedRecord {
    std::string name; // template
    dns::RecordType type = dns::RecordType::TXT;
    std::string value; // template; MX: "PREF HOST"
};

// A party that handles mail on the way: the domain's own server, a sending provider, a forwarder, a
// list server, a spoofer. Actors other than "own" live in domains of their own, which the simulator
// describes in the overlay zone: SPF, A and MX for its server, its DKIM key, its DMARC record.
struct Actor {
    std::string name;
    std::string domain;            // template
    std::string ip;                // address its server sends from (template)
    std::string helo;              // its server's name (template)
    std::string selector;          // its DKIM selector ("" = it does not sign)
    std::string algorithm = "rsa"; // rsa | ed25519
    std::string spf;               // its SPF record ("" = none published)
    std::string dmarc;             // its DMARC record ("" = none published)
    std::vector<PlannedRecord> publish;
};

// A DKIM signature applied where the message starts.
struct Signature {
    enum class Signer {
        Author,    // the author domain's own key (d={domain}); subject to the `sign` parameter
        Actor,     // an actor's own key and domain (d=ACTOR.domain): a third-party signature
        Delegated, // an actor signs for the author domain with a selector the domain delegated to it by
                   // CNAME (d={domain}); subject to the `sign` parameter
    };
    Signer signer = Signer::Author;
    std::string actor;     // Actor / Delegated
    std::string selector;  // "" = the default (the `selector` parameter, the actor's, or "provider1")
    std::string algorithm; // "" = the default (the `key_algorithm` parameter, or the actor's)
};

std::string_view toString(Signature::Signer signer);

// What an intermediary does to the message and its envelope.
struct Step {
    enum class Kind {
        Relay,   // passes the message on from its own server (a provider's smarthost): new last hop
        Forward, // a mailbox that forwards: new last hop; envelope kept, or rewritten with SRS
        List,    // a mailing list: new last hop, optionally tags the Subject, appends a footer, uses its
                 // own envelope, rewrites From to its own domain, signs with its own domain
        Modify,  // a gateway that changes the message (a disclaimer footer, a subject tag)
    };
    Kind kind = Kind::Relay;
    std::string actor; // whose server; Modify without an actor keeps the last hop
    bool srs = false;  // Forward
    bool subjectTag = false;
    bool footer = false;
    bool ownEnvelope = false;
    bool rewriteFrom = false;
    bool sign = false; // the actor adds its own signature after its changes
};

std::string_view toString(Step::Kind kind);

struct Scenario {
    std::string id;       // stable key: rows and --scenario use it
    std::string name;     // literal name (user scenarios) ...
    std::string nameCode; // ... or a catalogue code (built-in scenarios, translated by the GUI)
    std::string description;
    std::string descriptionCode;
    bool legitimate = true;        // false: mail the domain wants rejected (a spoofer)
    std::string from = "{domain}"; // domain of the From header (template)
    std::string mailFrom;          // envelope sender address (template); "" = null sender <>
    std::string sender = "own";    // actor whose server sends first
    std::string ip;                // overrides the sender's address (template)
    std::string helo;              // overrides the sender's HELO name (template)
    std::vector<Signature> signatures;
    std::vector<Step> steps;
    std::vector<PlannedRecord> publish;
    std::vector<Actor> actors; // actors defined by this scenario (in addition to the library's)

    std::string displayName() const; // English: the catalogue text or the literal name
    std::string displayDescription() const;
};

// Parses one scenario object. Errors are InputErrors whose source is the JSON path of the offending
// value, starting at `path` (e.g. "scenarios[3].steps[0].srs"), so the plan module can report
// "plan.json: scenarios[2].steps[0].kind: ..." with the same parser.
Result<Scenario> parseScenario(const nlohmann::json& json, const std::string& path = "scenario");
Result<Actor> parseActor(const std::string& name, const nlohmann::json& json, const std::string& path);

nlohmann::json toJson(const Scenario& scenario);
nlohmann::json toJson(const Actor& actor);

} // namespace dmarcplan::simulate
