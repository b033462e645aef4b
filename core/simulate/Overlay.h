#pragma once
// The DNS world of one simulation run: the run's variables (the domain, the actors' names and
// addresses), the keys each signature is made with, and the overlay zone laid over the domain's DNS
// (the intermediaries' zones, the keys the simulation signs with, the records the scenarios assume
// and the DMARC record with the run's tag changes), with the verifier that reads keys from it.
// Internal to the simulator (core/simulate/Simulator.cpp puts the parts together).

#include "core/common/Message.h"
#include "core/common/Result.h"
#include "core/dkim/KeyGenerator.h"
#include "core/dkim/Verifier.h"
#include "core/dns/ZoneData.h"
#include "core/simulate/OwnServer.h"
#include "core/simulate/Simulator.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::simulate {

// "domain", "selector", "own_ip", "own_helo" and "<actor>.domain/.ip/.helo" for the scenarios' templates.
using Variables = std::map<std::string, std::string>;

Variables runVariables(const SimulatorOptions& options, const Parameters& parameters, const OwnServer& own);
std::string expand(std::string_view templ, const Variables& variables);

std::optional<dkim::KeyAlgorithm> algorithmFrom(std::string_view text); // "rsa" | "ed25519"
// The actor of that name: the scenario's own first, else the library's.
const Actor* findActor(const ScenarioLibrary& library, const Scenario& scenario, const std::string& name);
// The step as this run has it: the parameters override what the scenario says.
Step effectiveStep(Step step, const Parameters& parameters);

// A signature to make: whose key, and the d=/s= it signs with.
struct SigningKey {
    std::string signer; // author | actor | delegated | step
    std::string actor;
    std::string domain;
    std::string selector;
    dkim::KeyPair key;
};

// The keys `signature` is made with in this run (none when signing is off for the domain's own).
// Errors: an actor that signs without a selector, a key that cannot be generated.
Result<std::vector<SigningKey>> signingKeys(const SimulatorOptions& options, const Scenario& scenario,
                                            const Signature& signature, const Parameters& parameters,
                                            const Variables& vars);

// The overlay zone for one run, and what the simulator assumed to build it.
struct OverlayPlan {
    dns::ZoneData zone;
    std::string fingerprint; // the records, one a line: equal plans share one built overlay
    std::vector<Message> notes;
    std::map<std::string, std::vector<Message>> scenarioNotes; // per scenario id
};

// What the receivers of the run ask: the overlay over the domain's resolver, and a verifier on it
// (its parsed keys kept while the overlay is).
struct Overlay {
    std::shared_ptr<dns::Resolver> resolver;
    std::unique_ptr<dkim::Verifier> verifier;
};

Result<OverlayPlan> planOverlay(const SimulatorOptions& options, const Parameters& parameters,
                                const std::vector<const Scenario*>& scenarios, const Variables& vars);
std::shared_ptr<Overlay> buildOverlay(OverlayPlan& plan, const dns::ResolverPtr& base);

} // namespace dmarcplan::simulate
