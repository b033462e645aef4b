#include "core/simulate/PlanScenarios.h"

#include "core/common/DomainName.h"

#include <cctype>

namespace dmarcplan::simulate {

namespace {

// "Forward via Gmail!" -> "plan-forward-via-gmail": ids must be stable and usable with --scenario.
std::string idFor(const std::string& name, std::size_t index) {
    std::string id = "plan-";
    for (char c : name) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u))
            id += static_cast<char>(std::tolower(u));
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id == "plan" ? "plan-" + std::to_string(index + 1) : id;
}

Step stepFor(const plan::Intermediary& hop, const std::string& actor) {
    Step step;
    step.actor = actor;
    switch (hop.type) {
    case plan::IntermediaryType::Forward:
        step.kind = Step::Kind::Forward;
        step.srs = hop.srs.value_or(false);
        break;
    case plan::IntermediaryType::List:
        step.kind = Step::Kind::List;
        step.subjectTag = hop.subjectTag.has_value() && !hop.subjectTag->empty();
        step.footer = hop.footer.value_or(false);
        step.rewriteFrom = hop.rewriteFrom.value_or(false);
        step.ownEnvelope = true; // lists send with their own bounce address (RFC 7960 §3.2.3)
        break;
    case plan::IntermediaryType::Provider:
        step.kind = Step::Kind::Relay;
        break;
    }
    return step;
}

// Default domain and address of an intermediary the plan does not describe, per kind.
Actor actorFor(const plan::Intermediary& hop, std::size_t index) {
    Actor actor;
    const auto kind = std::string(plan::toString(hop.type));
    actor.name = kind + "-" + std::to_string(index + 1);
    actor.domain = hop.domain.value_or(kind + std::to_string(index + 1) + ".example");
    actor.ip = hop.ip.value_or("203.0.113." + std::to_string(150 + index));
    actor.helo = "mail." + actor.domain;
    actor.selector = "s" + std::to_string(index + 1);
    actor.spf = "v=spf1 ip4:" + actor.ip + " -all";
    actor.dmarc = "v=DMARC1; p=none";
    return actor;
}

} // namespace

std::vector<Scenario> scenariosFromPlan(const plan::Plan& plan) {
    std::vector<Scenario> out;
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const auto& source = plan.scenarios[i];
        Scenario scenario;
        scenario.id = idFor(source.name, i);
        scenario.name = source.name;
        scenario.description = source.description.value_or("");
        scenario.from = source.fromDomain;
        scenario.mailFrom = source.mailFrom.value_or("");
        if (!scenario.mailFrom.empty() && scenario.mailFrom.find('@') == std::string::npos)
            scenario.mailFrom = "bounce@" + scenario.mailFrom;
        scenario.ip = source.ip;
        scenario.helo = source.helo.value_or("");
        for (std::size_t s = 0; s < source.signatures.size(); ++s) {
            const auto& signature = source.signatures[s];
            Signature sig;
            sig.selector = signature.selector;
            if (equalsIgnoreCase(normalizeDomain(signature.domain), normalizeDomain(plan.domain))) {
                sig.signer = Signature::Signer::Author;
            } else {
                Actor signer;
                signer.name = "signer-" + std::to_string(s + 1);
                signer.domain = normalizeDomain(signature.domain);
                signer.ip = "198.51.100." + std::to_string(150 + s);
                signer.helo = "mail." + signer.domain;
                signer.selector = signature.selector;
                signer.spf = "v=spf1 ip4:" + signer.ip + " -all";
                sig.signer = Signature::Signer::Actor;
                sig.actor = signer.name;
                scenario.actors.push_back(std::move(signer));
            }
            scenario.signatures.push_back(std::move(sig));
        }
        for (std::size_t h = 0; h < source.intermediaries.size(); ++h) {
            auto actor = actorFor(source.intermediaries[h], h);
            scenario.steps.push_back(stepFor(source.intermediaries[h], actor.name));
            scenario.actors.push_back(std::move(actor));
        }
        out.push_back(std::move(scenario));
    }
    return out;
}

Parameters parametersFromPlan(const plan::Plan& plan) {
    Parameters parameters;
    if (plan.dkim.empty())
        return parameters;
    parameters.selector = plan.dkim.front().selector;
    bool rsa = false;
    bool ed25519 = false;
    for (const auto& key : plan.dkim)
        (key.algorithm == plan::DkimAlgorithm::RsaSha256 ? rsa : ed25519) = true;
    parameters.keyAlgorithm = rsa && ed25519 ? "both" : ed25519 ? "ed25519" : "rsa";
    return parameters;
}

} // namespace dmarcplan::simulate
