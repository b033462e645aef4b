#pragma once
// The scenario simulator: every row of the combination table computed by the real engines. For each
// scenario it runs SPF check_host() for the last hop and the envelope, signs a sample message with
// the real keys, applies what the intermediaries do to the real message, verifies the signatures
// with the published keys, and evaluates DMARC alignment and disposition.
//
// Built once per (resolver stack, domain, keys) and asked again for every change of the parameters:
// the domain's answers stay in the shared cached resolver, overlay zones and their verifiers (with
// parsed keys) are kept per distinct overlay, and each distinct (message, key, options) is signed
// once. run() is const and thread-safe, so the desktop app can call it from a worker thread while
// another thread reads an earlier Table. Copies share the caches.

#include "core/common/Result.h"
#include "core/dmarc/OrganizationalDomain.h"
#include "core/dns/Resolver.h"
#include "core/simulate/KeyStore.h"
#include "core/simulate/Parameters.h"
#include "core/simulate/Row.h"
#include "core/simulate/ScenarioLibrary.h"

#include <memory>
#include <string>
#include <vector>

namespace dmarcplan::simulate {

struct SimulatorOptions {
    std::string domain;             // the author domain whose records are simulated
    dns::ResolverPtr resolver;      // its records: zone files, live DNS or both (a caching stack)
    std::shared_ptr<KeyStore> keys; // user keys and generated keys; null = a store of its own
    ScenarioLibrary library = builtinScenarioLibrary();
    dmarc::OrgDomainMethod orgDomainMethod = dmarc::OrgDomainMethod::Psl;
    std::string srsSecret = "dmarcplan-simulation";
};

struct SimulatorStats {
    std::size_t signaturesMade = 0; // RSA/Ed25519 signing operations done
    std::size_t signatureCacheHits = 0;
    std::size_t overlaysBuilt = 0; // distinct overlay zones (resolver + verifier) made
};

class Simulator {
public:
    explicit Simulator(SimulatorOptions options);

    // The rows for `scenarios` (ids or 1-based numbers as --list shows them; empty = all) under
    // `parameters`. Errors: an unknown scenario, a key that cannot be generated.
    Result<Table> run(const Parameters& parameters, const std::vector<std::string>& scenarios = {}) const;

    // "3" or "forward" -> the scenario id; an unknown name is an InputError naming `source`.
    Result<std::vector<std::string>> resolveScenarioNames(const std::vector<std::string>& names,
                                                          const std::string& source = "--scenario") const;

    const ScenarioLibrary& library() const;
    const std::string& domain() const;
    SimulatorStats stats() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace dmarcplan::simulate
