#include "core/simulate/Overlay.h"

#include "core/common/DomainName.h"
#include "core/common/MessageCatalogue.h"
#include "core/dmarc/RecordEditor.h"
#include "core/dns/ZoneResolver.h"

#include <set>

namespace dmarcplan::simulate {

namespace {

constexpr std::uint32_t kTtl = 3600;
constexpr const char* kDefaultDelegatedSelector = "provider1";

std::vector<std::string> splitTxt(const std::string& value) {
    std::vector<std::string> strings;
    for (std::size_t i = 0; i < value.size(); i += 255)
        strings.push_back(value.substr(i, 255));
    if (strings.empty())
        strings.emplace_back();
    return strings;
}

dns::Record makeRecord(const std::string& name, dns::RecordType type, const std::string& value) {
    if (type == dns::RecordType::TXT)
        return dns::Record::makeTxt(normalizeDomain(name), splitTxt(value), kTtl);
    dns::Record record;
    record.name = normalizeDomain(name);
    record.type = type;
    record.ttl = kTtl;
    record.value = value;
    if (type == dns::RecordType::MX) {
        auto space = value.find(' ');
        record.preference = static_cast<std::uint16_t>(std::atoi(value.substr(0, space).c_str()));
        record.value = space == std::string::npos ? value : value.substr(space + 1);
    }
    if (type == dns::RecordType::MX || type == dns::RecordType::CNAME)
        record.value = normalizeDomain(record.value);
    return record;
}

std::vector<dkim::KeyAlgorithm> authorAlgorithms(const Parameters& parameters, const Signature& signature) {
    if (!signature.algorithm.empty())
        return {*algorithmFrom(signature.algorithm)};
    if (parameters.keyAlgorithm == "both")
        return {dkim::KeyAlgorithm::Rsa, dkim::KeyAlgorithm::Ed25519};
    return {parameters.keyAlgorithm == "ed25519" ? dkim::KeyAlgorithm::Ed25519 : dkim::KeyAlgorithm::Rsa};
}

// With key_algorithm=both the Ed25519 key needs a selector of its own.
std::string authorSelector(const Parameters& parameters, const Signature& signature, dkim::KeyAlgorithm algorithm) {
    std::string selector = signature.selector.empty() ? parameters.selector : signature.selector;
    if (parameters.keyAlgorithm == "both" && signature.algorithm.empty() && algorithm == dkim::KeyAlgorithm::Ed25519)
        selector += "-ed25519";
    return selector;
}

std::string delegatedTarget(const std::string& selector, const std::string& domain, const std::string& actorDomain) {
    return selector + "." + domain + ".dkim." + actorDomain;
}

} // namespace

std::string expand(std::string_view templ, const Variables& variables) {
    return substitute(templ, variables);
}

std::optional<dkim::KeyAlgorithm> algorithmFrom(std::string_view text) {
    if (text == "rsa")
        return dkim::KeyAlgorithm::Rsa;
    if (text == "ed25519")
        return dkim::KeyAlgorithm::Ed25519;
    return std::nullopt;
}

// The step as this run has it: the parameters override what the scenario says.
Step effectiveStep(Step step, const Parameters& parameters) {
    if (step.kind == Step::Kind::Forward && parameters.srs)
        step.srs = *parameters.srs;
    if (step.kind == Step::Kind::List) {
        step.subjectTag = parameters.listSubjectTag.value_or(step.subjectTag);
        step.footer = parameters.listFooter.value_or(step.footer);
        step.rewriteFrom = parameters.listRewriteFrom.value_or(step.rewriteFrom);
        step.ownEnvelope = parameters.listOwnEnvelope.value_or(step.ownEnvelope);
        step.sign = parameters.listSign.value_or(step.sign);
    }
    return step;
}

const Actor* findActor(const ScenarioLibrary& library, const Scenario& scenario, const std::string& name) {
    for (const auto& actor : scenario.actors)
        if (actor.name == name)
            return &actor;
    return library.findActor(name);
}

Variables runVariables(const SimulatorOptions& options, const Parameters& parameters, const OwnServer& own) {
    Variables vars = {
        {"domain", options.domain}, {"selector", parameters.selector}, {"own_ip", own.ip}, {"own_helo", own.helo}};
    auto addActor = [&](const Actor& actor) {
        vars[actor.name + ".domain"] = normalizeDomain(expand(actor.domain, vars));
        vars[actor.name + ".ip"] = expand(actor.ip, vars);
        vars[actor.name + ".helo"] = normalizeDomain(expand(actor.helo, vars));
    };
    for (const auto& actor : options.library.actors)
        addActor(actor);
    for (const auto& scenario : options.library.scenarios)
        for (const auto& actor : scenario.actors)
            addActor(actor);
    return vars;
}

Result<std::vector<SigningKey>> signingKeys(const SimulatorOptions& options, const Scenario& scenario,
                                            const Signature& signature, const Parameters& parameters,
                                            const Variables& vars) {
    std::vector<SigningKey> keys;
    const std::string& domain = options.domain;
    switch (signature.signer) {
    case Signature::Signer::Author:
        if (!parameters.sign)
            return keys;
        for (auto algorithm : authorAlgorithms(parameters, signature)) {
            auto selector = authorSelector(parameters, signature, algorithm);
            auto user = options.keys->userKey(domain, selector);
            if (!user) {
                auto generated = options.keys->generated("author:" + domain + "/" + selector, algorithm);
                if (!generated)
                    return generated.error();
                user = *generated;
            }
            keys.push_back({"author", "own", domain, selector, *user});
        }
        return keys;
    case Signature::Signer::Delegated: {
        if (!parameters.sign)
            return keys;
        const Actor* actor = findActor(options.library, scenario, signature.actor);
        auto selector = signature.selector.empty() ? std::string(kDefaultDelegatedSelector) : signature.selector;
        auto algorithm = algorithmFrom(signature.algorithm.empty() ? actor->algorithm : signature.algorithm);
        auto key = options.keys->generated("delegated:" + actor->name + ":" + domain + "/" + selector, *algorithm);
        if (!key)
            return key.error();
        keys.push_back({"delegated", actor->name, domain, selector, *key});
        return keys;
    }
    case Signature::Signer::Actor: {
        const Actor* actor = findActor(options.library, scenario, signature.actor);
        auto actorDomain = vars.at(actor->name + ".domain");
        auto selector = signature.selector.empty() ? actor->selector : signature.selector;
        if (selector.empty())
            return InputError{scenario.id, 0, 0, "actor \"" + actor->name + "\" signs but has no selector"};
        auto algorithm = algorithmFrom(signature.algorithm.empty() ? actor->algorithm : signature.algorithm);
        auto key = options.keys->generated("actor:" + actor->name + "@" + actorDomain + "/" + selector, *algorithm);
        if (!key)
            return key.error();
        keys.push_back({"actor", actor->name, actorDomain, selector, *key});
        return keys;
    }
    }
    return keys;
}

Result<OverlayPlan> planOverlay(const SimulatorOptions& options, const Parameters& parameters,
                                const std::vector<const Scenario*>& scenarios, const Variables& vars) {
    OverlayPlan plan;
    auto& base = *options.resolver;
    const std::string& domain = options.domain;
    std::set<std::string> origins;
    auto add = [&](const std::string& origin, const dns::Record& record) {
        if (!origin.empty() && origins.insert(origin).second)
            plan.zone.addOrigin(origin);
        plan.fingerprint += record.name + " " + std::string(dns::toString(record.type)) + " " +
                            std::to_string(record.preference) + " " + record.value + "\n";
        plan.zone.addRecord(record);
    };
    auto addKey = [&](const std::string& origin, const std::string& name, const dkim::KeyPair& key) {
        add(origin, dns::Record::makeTxt(name, key.recordStrings(), kTtl));
    };

    // Intermediaries: each actor other than the domain itself gets a zone of its own.
    std::set<std::string> actorsUsed, actorsSigning;
    for (const auto* scenario : scenarios) {
        actorsUsed.insert(scenario->sender);
        for (const auto& signature : scenario->signatures)
            if (!signature.actor.empty()) {
                actorsUsed.insert(signature.actor);
                if (signature.signer == Signature::Signer::Actor)
                    actorsSigning.insert(signature.actor);
            }
        for (const auto& rawStep : scenario->steps) {
            auto step = effectiveStep(rawStep, parameters);
            if (!step.actor.empty())
                actorsUsed.insert(step.actor);
            if (step.sign)
                actorsSigning.insert(step.actor);
        }
    }
    for (const auto& name : actorsUsed) {
        const Actor* actor = nullptr;
        for (const auto* scenario : scenarios)
            if (!actor)
                actor = findActor(options.library, *scenario, name);
        auto actorDomain = vars.at(name + ".domain");
        if (actorDomain == domain || isSubdomainOf(domain, actorDomain))
            continue;
        auto ip = vars.at(name + ".ip");
        auto helo = vars.at(name + ".helo");
        auto addressType = ip.find(':') == std::string::npos ? dns::RecordType::A : dns::RecordType::AAAA;
        plan.zone.addOrigin(actorDomain);
        origins.insert(actorDomain);
        if (isSubdomainOf(helo, actorDomain))
            add(actorDomain, makeRecord(helo, addressType, ip));
        add(actorDomain, makeRecord(actorDomain, dns::RecordType::MX, "10 " + helo));
        if (!actor->spf.empty())
            add(actorDomain, makeRecord(actorDomain, dns::RecordType::TXT, expand(actor->spf, vars)));
        if (!actor->dmarc.empty())
            add(actorDomain, makeRecord("_dmarc." + actorDomain, dns::RecordType::TXT, expand(actor->dmarc, vars)));
        for (const auto& planned : actor->publish)
            add(actorDomain, makeRecord(expand(planned.name, vars), planned.type, expand(planned.value, vars)));
        if (actorsSigning.count(name) && !actor->selector.empty()) {
            auto key = options.keys->generated("actor:" + name + "@" + actorDomain + "/" + actor->selector,
                                               *algorithmFrom(actor->algorithm));
            if (!key)
                return key.error();
            addKey(actorDomain, actor->selector + "._domainkey." + actorDomain, *key);
        }
    }

    // The keys the domain signs with: a user key is verified against what the domain publishes;
    // otherwise a generated key is published here so that the planned setup can be simulated.
    std::set<std::string> keyNames;
    for (const auto* scenario : scenarios) {
        for (const auto& signature : scenario->signatures) {
            if (signature.signer == Signature::Signer::Actor || !parameters.sign)
                continue;
            auto keys = signingKeys(options, *scenario, signature, parameters, vars);
            if (!keys)
                return keys.error();
            for (const auto& key : *keys) {
                auto name = key.selector + "._domainkey." + domain;
                if (!keyNames.insert(name).second)
                    continue;
                if (key.signer == "delegated") {
                    auto actorDomain = vars.at(key.actor + ".domain");
                    auto target = delegatedTarget(key.selector, domain, actorDomain);
                    add(name, makeRecord(name, dns::RecordType::CNAME, target));
                    addKey(actorDomain, target, key.key);
                    plan.notes.push_back({"SIM-NOTE-DELEGATED-KEY", {{"name", name}, {"target", target}}});
                    continue;
                }
                if (options.keys->userKey(domain, key.selector)) {
                    plan.notes.push_back({"SIM-NOTE-USER-KEY", {{"name", name}}});
                    continue;
                }
                bool published = base.query(name, dns::RecordType::TXT).ok();
                addKey(name, name, key.key);
                plan.notes.push_back(
                    {published ? "SIM-NOTE-KEY-REPLACED" : "SIM-NOTE-KEY-GENERATED",
                     {{"name", name}, {"algorithm", std::string(dkim::toString(key.key.algorithm()))}}});
            }
        }
    }

    // Records the scenarios assume: published where the domain's DNS has nothing at that name.
    for (const auto* scenario : scenarios) {
        for (const auto& planned : scenario->publish) {
            auto name = normalizeDomain(expand(planned.name, vars));
            auto value = expand(planned.value, vars);
            MessageParams params = {
                {"name", name}, {"type", std::string(dns::toString(planned.type))}, {"value", value}};
            if (plan.zone.covers(name) && !plan.zone.origins().empty() && !origins.count(name)) {
                add("", makeRecord(name, planned.type, value));
                continue;
            }
            auto answer = base.query(name, planned.type);
            if (answer.status == dns::Status::NxDomain) {
                add(name, makeRecord(name, planned.type, value));
                plan.scenarioNotes[scenario->id].push_back({"SIM-NOTE-PLANNED-RECORD", params});
            } else {
                plan.scenarioNotes[scenario->id].push_back({"SIM-NOTE-PLANNED-EXISTS", params});
            }
        }
    }

    // The domain's DMARC record with the run's changes.
    if (parameters.changesDmarcRecord()) {
        auto name = "_dmarc." + domain;
        std::string published;
        for (const auto& value : base.query(name, dns::RecordType::TXT).values())
            if (toLower(value.substr(0, 8)) == "v=dmarc1")
                published = value;
        auto record = dmarc::editRecord(published, parameters.dmarcTagChanges());
        add(name, makeRecord(name, dns::RecordType::TXT, record));
        plan.notes.push_back({published.empty() ? "SIM-NOTE-DMARC-CREATED" : "SIM-NOTE-DMARC-CHANGED",
                              {{"name", name}, {"record", record}, {"published", published}}});
    }
    return plan;
}

std::shared_ptr<Overlay> buildOverlay(OverlayPlan& plan, const dns::ResolverPtr& base) {
    // Zone data without any origin would answer for every name; an overlay with nothing in it must
    // answer for none, so it gets an origin no real name is under (RFC 6761 .invalid).
    if (plan.zone.origins().empty())
        plan.zone.addOrigin("invalid");
    auto overlay = std::make_shared<Overlay>();
    overlay->resolver = std::make_shared<dns::ZoneResolver>(plan.zone, base);
    overlay->verifier = std::make_unique<dkim::Verifier>(overlay->resolver);
    return overlay;
}

} // namespace dmarcplan::simulate
