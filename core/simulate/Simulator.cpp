#include "core/simulate/Simulator.h"

#include "core/common/Clock.h"
#include "core/common/DomainName.h"
#include "core/common/MessageCatalogue.h"
#include "core/dkim/Signer.h"
#include "core/dkim/Verifier.h"
#include "core/dmarc/Evaluator.h"
#include "core/dns/ZoneResolver.h"
#include "core/mail/MailMessage.h"
#include "core/simulate/Srs.h"
#include "core/spf/Evaluator.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <optional>
#include <set>

namespace dmarcplan::simulate {

namespace {

using Variables = std::map<std::string, std::string>;

constexpr std::uint32_t kTtl = 3600;
constexpr std::size_t kSignatureCacheLimit = 512;
constexpr std::size_t kOverlayCacheLimit = 32;
constexpr const char* kDefaultDelegatedSelector = "provider1";
constexpr const char* kListName = "planning";

// The message every scenario sends: fixed, so that identical starts share one signature.
std::string sampleMessage(const std::string& fromDomain) {
    return "From: Alice Sender <alice@" + fromDomain +
           ">\r\n"
           "To: Bob Receiver <bob@receiver.example>\r\n"
           "Subject: Planning meeting moves to Thursday\r\n"
           "Date: Thu, 01 Jan 2026 09:00:00 +0000\r\n"
           "Message-ID: <planning-0001@" +
           fromDomain +
           ">\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "\r\n"
           "Hello Bob,\r\n"
           "\r\n"
           "the planning meeting moves to Thursday at 10:00, same room.\r\n"
           "\r\n"
           "Best regards,\r\n"
           "Alice\r\n";
}

std::string expand(std::string_view templ, const Variables& variables) {
    return substitute(templ, variables);
}

spf::CheckRequest spfRequest(const std::string& ip, const std::string& sender, const std::string& helo) {
    spf::CheckRequest request;
    request.ip = ip;
    request.sender = sender;
    request.helo = helo;
    return request;
}

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

std::optional<dkim::KeyAlgorithm> algorithmFrom(std::string_view text) {
    if (text == "rsa")
        return dkim::KeyAlgorithm::Rsa;
    if (text == "ed25519")
        return dkim::KeyAlgorithm::Ed25519;
    return std::nullopt;
}

// The DMARC record with the run's tag changes: the published one edited, or a new one.
std::string editDmarcRecord(const std::string& published, const Parameters& parameters) {
    std::vector<std::pair<std::string, std::string>> tags;
    std::string text = published.empty() ? "v=DMARC1; p=none" : published;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(';', start);
        std::string part = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        auto trim = [](std::string s) {
            s.erase(0, s.find_first_not_of(" \t"));
            s.erase(s.find_last_not_of(" \t") + 1);
            return s;
        };
        part = trim(part);
        if (!part.empty()) {
            auto equals = part.find('=');
            tags.emplace_back(toLower(trim(part.substr(0, equals))),
                              equals == std::string::npos ? "" : trim(part.substr(equals + 1)));
        }
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    // A pair, not a structured binding: clang before 16 cannot capture bindings in a lambda.
    for (const auto& change : parameters.dmarcTagChanges()) {
        auto it = std::find_if(tags.begin(), tags.end(), [&](const auto& tag) { return tag.first == change.first; });
        if (it != tags.end())
            it->second = change.second;
        else
            tags.push_back(change);
    }
    std::string out;
    for (const auto& [tag, value] : tags)
        out += (out.empty() ? "" : "; ") + tag + "=" + value;
    return out;
}

struct OwnServer {
    std::string ip;
    std::string helo;
    std::vector<Message> notes;
};

// The overlay zone for one run: the intermediaries' domains, the keys the simulation signs with,
// the records the scenarios assume, and the DMARC record with the run's changes.
struct OverlayPlan {
    dns::ZoneData zone;
    std::string fingerprint;
    std::vector<Message> notes;
    std::map<std::string, std::vector<Message>> scenarioNotes; // per scenario id
};

struct Overlay {
    std::shared_ptr<dns::Resolver> resolver;
    std::unique_ptr<dkim::Verifier> verifier;
};

// A signature to make: whose key, and the d=/s= it signs with.
struct SigningKey {
    std::string signer; // author | actor | delegated | step
    std::string actor;
    std::string domain;
    std::string selector;
    dkim::KeyPair key;
};

} // namespace

struct Simulator::State {
    SimulatorOptions options;
    mutable std::mutex mutex;
    std::map<std::string, OwnServer> ownServers; // by own_ip parameter ("" = derived)
    std::map<std::string, std::shared_ptr<Overlay>> overlays;
    std::map<std::string, std::string> signatures; // (message, key, options) -> DKIM-Signature field
    SimulatorStats stats;

    Result<Table> run(const Parameters& parameters, const std::vector<std::string>& ids);
    OwnServer ownServer(const std::string& ownIp);
    const Actor* findActor(const Scenario& scenario, const std::string& name) const;
    Variables variables(const Parameters& parameters, const OwnServer& own) const;
    Result<OverlayPlan> planOverlay(const Parameters& parameters, const std::vector<const Scenario*>& scenarios,
                                    const Variables& vars);
    std::shared_ptr<Overlay> overlayFor(OverlayPlan& plan);
    Result<std::vector<SigningKey>> signingKeys(const Scenario& scenario, const Signature& signature,
                                                const Parameters& parameters, const Variables& vars);
    Result<bool> sign(mail::MailMessage& message, const SigningKey& key, const Parameters& parameters);
    Result<Row> runScenario(const Scenario& scenario, const Parameters& parameters, const Variables& vars,
                            Overlay& overlay, const OverlayPlan& plan);
};

namespace {

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

} // namespace

OwnServer Simulator::State::ownServer(const std::string& ownIp) {
    {
        std::lock_guard lock(mutex);
        if (auto it = ownServers.find(ownIp); it != ownServers.end())
            return it->second;
    }
    auto& resolver = *options.resolver;
    const std::string& domain = options.domain;
    OwnServer own;
    // Candidates in the order a domain's own outgoing server is usually found: its MX hosts, the
    // domain's address, an ip4/ip6 term of its SPF record. The first one its SPF authorises wins.
    std::vector<std::pair<std::string, std::string>> candidates; // (ip, helo)
    if (!ownIp.empty())
        candidates.emplace_back(ownIp, "");
    auto mx = resolver.query(domain, dns::RecordType::MX);
    auto byPreference = mx.records;
    std::stable_sort(byPreference.begin(), byPreference.end(),
                     [](const auto& a, const auto& b) { return a.preference < b.preference; });
    for (const auto& record : byPreference)
        for (auto type : {dns::RecordType::A, dns::RecordType::AAAA})
            for (const auto& address : resolver.query(record.value, type).records)
                candidates.emplace_back(address.value, record.value);
    for (auto type : {dns::RecordType::A, dns::RecordType::AAAA})
        for (const auto& address : resolver.query(domain, type).records)
            candidates.emplace_back(address.value, domain);
    for (const auto& value : resolver.query(domain, dns::RecordType::TXT).values()) {
        if (toLower(value.substr(0, 7)) != "v=spf1 ")
            continue;
        for (std::string_view prefix : {" ip4:", " ip6:"}) {
            auto at = value.find(prefix);
            if (at == std::string::npos)
                continue;
            auto start = at + prefix.size();
            auto term = value.substr(start, value.find(' ', start) - start);
            auto slash = term.find('/');
            candidates.emplace_back(term.substr(0, slash), "");
        }
    }
    for (auto& candidate : candidates)
        if (candidate.second.empty())
            candidate.second = "mail." + domain;
    if (!ownIp.empty()) {
        own.ip = ownIp;
        own.helo = candidates.size() > 1 ? candidates[1].second : "mail." + domain;
    } else {
        for (const auto& [ip, helo] : candidates) {
            auto outcome = spf::checkHost(resolver, spfRequest(ip, "postmaster@" + domain, helo));
            if (outcome.result == spf::Result::Pass) {
                own.ip = ip;
                own.helo = helo;
                break;
            }
        }
        if (own.ip.empty() && !candidates.empty()) {
            own.ip = candidates.front().first;
            own.helo = candidates.front().second;
            own.notes.push_back({"SIM-NOTE-OWN-IP-NOT-AUTHORISED", {{"ip", own.ip}, {"domain", domain}}});
        }
        if (own.ip.empty()) {
            // Nothing in DNS says where the domain sends from: a documentation address stands in,
            // and the note says how to give the real one.
            own.ip = "192.0.2.1";
            own.helo = "mail." + domain;
            own.notes.push_back({"SIM-NOTE-OWN-IP-UNKNOWN", {{"ip", own.ip}, {"domain", domain}}});
        } else {
            own.notes.push_back({"SIM-NOTE-OWN-IP-DERIVED", {{"ip", own.ip}, {"helo", own.helo}, {"domain", domain}}});
        }
    }
    std::lock_guard lock(mutex);
    ownServers.emplace(ownIp, own);
    return own;
}

const Actor* Simulator::State::findActor(const Scenario& scenario, const std::string& name) const {
    for (const auto& actor : scenario.actors)
        if (actor.name == name)
            return &actor;
    return options.library.findActor(name);
}

Variables Simulator::State::variables(const Parameters& parameters, const OwnServer& own) const {
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

Result<std::vector<SigningKey>> Simulator::State::signingKeys(const Scenario& scenario, const Signature& signature,
                                                              const Parameters& parameters, const Variables& vars) {
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
        const Actor* actor = findActor(scenario, signature.actor);
        auto selector = signature.selector.empty() ? std::string(kDefaultDelegatedSelector) : signature.selector;
        auto algorithm = algorithmFrom(signature.algorithm.empty() ? actor->algorithm : signature.algorithm);
        auto key = options.keys->generated("delegated:" + actor->name + ":" + domain + "/" + selector, *algorithm);
        if (!key)
            return key.error();
        keys.push_back({"delegated", actor->name, domain, selector, *key});
        return keys;
    }
    case Signature::Signer::Actor: {
        const Actor* actor = findActor(scenario, signature.actor);
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

Result<OverlayPlan> Simulator::State::planOverlay(const Parameters& parameters,
                                                  const std::vector<const Scenario*>& scenarios,
                                                  const Variables& vars) {
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
                actor = findActor(*scenario, name);
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
            auto keys = signingKeys(*scenario, signature, parameters, vars);
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
        auto record = editDmarcRecord(published, parameters);
        add(name, makeRecord(name, dns::RecordType::TXT, record));
        plan.notes.push_back({published.empty() ? "SIM-NOTE-DMARC-CREATED" : "SIM-NOTE-DMARC-CHANGED",
                              {{"name", name}, {"record", record}, {"published", published}}});
    }
    return plan;
}

std::shared_ptr<Overlay> Simulator::State::overlayFor(OverlayPlan& plan) {
    std::lock_guard lock(mutex);
    if (auto it = overlays.find(plan.fingerprint); it != overlays.end())
        return it->second;
    if (overlays.size() >= kOverlayCacheLimit)
        overlays.clear();
    // Zone data without any origin would answer for every name; an overlay with nothing in it must
    // answer for none, so it gets an origin no real name is under (RFC 6761 .invalid).
    if (plan.zone.origins().empty())
        plan.zone.addOrigin("invalid");
    auto overlay = std::make_shared<Overlay>();
    overlay->resolver = std::make_shared<dns::ZoneResolver>(plan.zone, options.resolver);
    overlay->verifier = std::make_unique<dkim::Verifier>(overlay->resolver);
    overlays.emplace(plan.fingerprint, overlay);
    ++stats.overlaysBuilt;
    return overlay;
}

Result<bool> Simulator::State::sign(mail::MailMessage& message, const SigningKey& key, const Parameters& parameters) {
    dkim::SignOptions signOptions;
    signOptions.domain = key.domain;
    signOptions.selector = key.selector;
    signOptions.canonicalization = *dkim::parseCanonicalizationTag(parameters.canonicalization);
    signOptions.timestamp = false; // the same message signs to the same field: cacheable, and no clock
    std::string cacheKey = message.toString() + "\n" + key.domain + "\n" + key.selector + "\n" +
                           key.key.publicKeyBase64() + "\n" + parameters.canonicalization;
    std::string field;
    {
        std::lock_guard lock(mutex);
        if (auto it = signatures.find(cacheKey); it != signatures.end()) {
            field = it->second;
            ++stats.signatureCacheHits;
        }
    }
    if (field.empty()) {
        auto signed_ = dkim::signMessage(message, key.key, signOptions);
        if (!signed_)
            return signed_.error();
        field = *signed_;
        std::lock_guard lock(mutex);
        if (signatures.size() >= kSignatureCacheLimit)
            signatures.clear();
        signatures.emplace(cacheKey, field);
        ++stats.signaturesMade;
    }
    message.prependRawHeader(field);
    return true;
}

namespace {

Message reasonFor(const Row& row, const dmarc::Evaluation& evaluation, const std::string& aspf,
                  const std::string& adkim) {
    const auto& e = row.evidence;
    MessageParams params = {
        {"from", e.fromDomain}, {"spf", row.spf}, {"spf_domain", e.spfDomain},     {"dkim", row.dkim},
        {"aspf", aspf},         {"adkim", adkim}, {"disposition", row.disposition}};
    switch (evaluation.result) {
    case dmarc::DmarcResult::Pass:
        params["dkim_domain"] = e.dkimAlignedDomain;
        params["spf_domain"] = e.spfDomain;
        if (row.spfAligned && row.dkimAligned)
            return {"SIM-REASON-PASS-BOTH", params};
        return {row.spfAligned ? "SIM-REASON-PASS-SPF" : "SIM-REASON-PASS-DKIM", params};
    case dmarc::DmarcResult::None:
        params["org_domain"] = evaluation.orgDomain;
        return {"SIM-REASON-NONE", params};
    case dmarc::DmarcResult::TempError:
        return {"SIM-REASON-TEMPERROR", params};
    case dmarc::DmarcResult::PermError:
        return {"SIM-REASON-PERMERROR", params};
    case dmarc::DmarcResult::Fail:
        break;
    }
    // Which signature tells the DKIM side of the story: a passing one that did not align, else the
    // From domain's own that failed, else none at all.
    const SignatureEvidence* passing = nullptr;
    const SignatureEvidence* broken = nullptr;
    for (const auto& s : e.signatures) {
        if (s.result == "pass" && !passing)
            passing = &s;
        if (s.result != "pass" && s.authorDomain && !broken)
            broken = &s;
    }
    std::string spfPart = row.spf == "pass" ? "SPF-UNALIGNED" : "SPF-NOT-PASS";
    std::string dkimPart = "NO-SIGNATURE";
    if (broken) {
        dkimPart = "DKIM-BROKEN";
        params["dkim_domain"] = broken->domain;
        params["dkim"] = broken->result;
        params["dkim_reason"] = broken->reason;
    } else if (passing) {
        dkimPart = "DKIM-UNALIGNED";
        params["dkim_domain"] = passing->domain;
    } else if (!e.signatures.empty()) {
        dkimPart = "DKIM-BROKEN";
        params["dkim_domain"] = e.signatures.front().domain;
        params["dkim"] = e.signatures.front().result;
        params["dkim_reason"] = e.signatures.front().reason;
    }
    return {"SIM-REASON-FAIL-" + spfPart + "-" + dkimPart, params};
}

struct ScenarioFacts {
    bool forwarded = false;
    bool listModifiedWithoutRewrite = false;
    std::string listActor;
    std::string modifier; // a Modify step's actor that changed the message
    bool authorSignatureBroken = false;
    bool authorSignaturePresent = false;
    bool authorSignaturePassed = false;
    std::string thirdPartySigner; // an actor whose own-domain signature passed
};

std::optional<Message> recommendationFor(const Row& row, const ScenarioFacts& facts, const std::string& domain,
                                         const std::string& aspf, const std::string& adkim, bool spfRelaxedAligns) {
    const auto& e = row.evidence;
    MessageParams params = {{"from", e.fromDomain},
                            {"domain", domain},
                            {"ip", e.ip},
                            {"spf_domain", e.spfDomain},
                            {"disposition", row.disposition},
                            {"tag", e.policyTag},
                            {"policy", e.policyValue}};
    if (row.dmarc == "none")
        return Message{"SIM-REC-PUBLISH-DMARC", params};
    if (!row.legitimate) {
        if (row.dmarc == "pass")
            return Message{"SIM-REC-SPOOF-PASSES", params};
        if (row.dmarc == "fail")
            return Message{row.disposition == "none" ? "SIM-REC-RAISE-POLICY" : "SIM-REC-SPOOF-BLOCKED", params};
        return std::nullopt;
    }
    if (row.dmarc == "pass")
        return std::nullopt;
    if (row.dmarc == "temperror")
        return Message{"SIM-REC-RETRY-DNS", params};
    if (row.dmarc == "permerror")
        return Message{"SIM-REC-FIX-DMARC-RECORD", params};
    if (facts.listModifiedWithoutRewrite) {
        params["actor"] = facts.listActor;
        return Message{"SIM-REC-LIST-REWRITE-FROM", params};
    }
    if (facts.authorSignatureBroken && !facts.modifier.empty()) {
        params["actor"] = facts.modifier;
        return Message{"SIM-REC-SIGN-AFTER-CHANGES", params};
    }
    if (facts.forwarded && !facts.authorSignaturePresent)
        return Message{"SIM-REC-SIGN-OWN-DOMAIN", params};
    if (row.spf == "pass" && aspf == "s" && spfRelaxedAligns)
        return Message{"SIM-REC-RELAXED-SPF", params};
    if (facts.authorSignaturePassed && adkim == "s")
        return Message{"SIM-REC-RELAXED-DKIM", params};
    if (!facts.thirdPartySigner.empty() && !facts.authorSignaturePresent) {
        params["actor"] = facts.thirdPartySigner;
        return Message{"SIM-REC-PROVIDER-DKIM", params};
    }
    if (row.spf != "pass" && !facts.forwarded)
        return Message{"SIM-REC-AUTHORISE-SENDER", params};
    return Message{"SIM-REC-ALIGN", params};
}

} // namespace

Result<Row> Simulator::State::runScenario(const Scenario& scenario, const Parameters& parameters, const Variables& vars,
                                          Overlay& overlay, const OverlayPlan& plan) {
    Row row;
    row.scenario = scenario.id;
    row.name = scenario.displayName();
    row.nameCode = scenario.nameCode;
    row.legitimate = scenario.legitimate;
    auto& e = row.evidence;
    const std::string& domain = options.domain;

    std::string from = normalizeDomain(expand(scenario.from, vars));
    std::string mailFrom = expand(scenario.mailFrom, vars);
    const Actor* sender = findActor(scenario, scenario.sender);
    std::string ip = scenario.ip.empty() ? vars.at(sender->name + ".ip") : expand(scenario.ip, vars);
    std::string helo =
        scenario.helo.empty() ? vars.at(sender->name + ".helo") : normalizeDomain(expand(scenario.helo, vars));
    e.path.push_back({sender->name, ip, helo, "send"});

    auto parsed = mail::MailMessage::parse(sampleMessage(from), "sample message");
    if (!parsed)
        return parsed.error();
    mail::MailMessage message = std::move(*parsed);

    std::map<std::string, SigningKey> signers; // "d=/s=" -> who signed, for the evidence
    auto signWith = [&](const SigningKey& key) -> Result<bool> {
        signers[key.domain + "/" + key.selector] = key;
        return sign(message, key, parameters);
    };
    if (!parameters.sign) {
        for (const auto& signature : scenario.signatures)
            if (signature.signer != Signature::Signer::Actor) {
                e.notes.push_back({"SIM-NOTE-SIGNING-OFF", {{"domain", domain}}});
                break;
            }
    }
    for (const auto& signature : scenario.signatures) {
        auto keys = signingKeys(scenario, signature, parameters, vars);
        if (!keys)
            return keys.error();
        for (const auto& key : *keys)
            if (auto done = signWith(key); !done)
                return done.error();
    }

    ScenarioFacts facts;
    auto hop = [&](const Step& step, const std::string& action) {
        if (step.actor.empty())
            return;
        auto nextIp = vars.at(step.actor + ".ip");
        auto nextHelo = vars.at(step.actor + ".helo");
        // Every relay adds a trace field on top; DKIM does not sign them, so they change nothing.
        message.prependHeader("Received", "from " + helo + " (" + helo + " [" + ip + "]) by " + nextHelo +
                                              "; Thu, 01 Jan 2026 09:00:30 +0000");
        ip = nextIp;
        helo = nextHelo;
        e.path.push_back({step.actor, ip, helo, action});
    };
    auto change = [&](const std::string& what) {
        if (std::find(e.changes.begin(), e.changes.end(), what) == e.changes.end())
            e.changes.push_back(what);
    };
    for (const auto& rawStep : scenario.steps) {
        Step step = effectiveStep(rawStep, parameters);
        const std::string actorDomain = step.actor.empty() ? std::string() : vars.at(step.actor + ".domain");
        switch (step.kind) {
        case Step::Kind::Relay:
            hop(step, "relay");
            break;
        case Step::Kind::Forward:
            facts.forwarded = true;
            hop(step, step.srs ? "forward-srs" : "forward");
            if (step.srs && !mailFrom.empty()) {
                mailFrom = srsForward(mailFrom, actorDomain, options.srsSecret, Clock::unixNow());
                change("envelope");
            }
            break;
        case Step::Kind::List:
        case Step::Kind::Modify: {
            bool isList = step.kind == Step::Kind::List;
            hop(step, isList ? "list" : "modify");
            if (step.subjectTag) {
                auto subject = message.header("Subject").value_or("");
                message.setHeader("Subject", std::string(isList ? "[Planning] " : "[EXTERNAL] ") + subject);
                change("subject_tag");
            }
            if (step.footer) {
                message.appendToBody(isList ? "_______________________________________________\r\n"
                                              "Planning mailing list\r\n" +
                                                  std::string(kListName) + "@" + actorDomain + "\r\n"
                                            : std::string("This message and any attachments are confidential.\r\n"));
                change("footer");
            }
            if (isList) {
                message.addHeader("List-Id", "Planning <" + std::string(kListName) + "." + actorDomain + ">");
                if (step.ownEnvelope && !mailFrom.empty()) {
                    mailFrom = std::string(kListName) + "-bounces@" + actorDomain;
                    change("envelope");
                }
                if (step.rewriteFrom) {
                    // RFC 7960 §4.1.3: the list puts its own address in From and the author in Reply-To.
                    auto author = message.fromAddress().value_or("");
                    message.setHeader("From", "\"Alice Sender via Planning\" <" + std::string(kListName) + "@" +
                                                  actorDomain + ">");
                    message.setHeader("Reply-To", author);
                    from = actorDomain;
                    change("from");
                }
                if ((step.subjectTag || step.footer) && !step.rewriteFrom) {
                    facts.listModifiedWithoutRewrite = true;
                    facts.listActor = step.actor;
                }
            } else if ((step.subjectTag || step.footer) && !step.actor.empty()) {
                facts.modifier = step.actor;
            } else if (step.subjectTag || step.footer) {
                facts.modifier = domain;
            }
            break;
        }
        }
        if (step.sign) {
            const Actor* actor = findActor(scenario, step.actor);
            auto key = options.keys->generated("actor:" + actor->name + "@" + actorDomain + "/" + actor->selector,
                                               *algorithmFrom(actor->algorithm));
            if (!key)
                return key.error();
            if (auto done = signWith({"step", actor->name, actorDomain, actor->selector, *key}); !done)
                return done.error();
        }
    }
    e.fromDomain = from;
    e.mailFrom = mailFrom;
    e.ip = ip;
    e.helo = helo;

    // SPF for the last hop and the envelope as the receiver sees them.
    auto spfOutcome = spf::checkHost(*overlay.resolver, spfRequest(ip, mailFrom, helo));
    row.spf = std::string(spf::toString(spfOutcome.result));
    e.spfDomain = spfOutcome.domain;
    e.spfExplanation = spfOutcome.explanation;
    e.spfDecidingTerm = spfOutcome.decidingTerm;
    e.spfDnsLookups = spfOutcome.dnsLookups;
    e.spfTrace = spfOutcome.trace;

    // DKIM: every signature on the message, against the published (or overlay) keys.
    auto checks = overlay.verifier->verify(message);

    dmarc::EvaluationInput input;
    input.fromDomain = from;
    input.spf.result = spfOutcome.result;
    input.spf.domain = e.spfDomain;
    input.spf.identity = mailFrom.empty() ? dmarc::SpfIdentity::Helo : dmarc::SpfIdentity::MailFrom;
    for (const auto& check : checks)
        input.dkim.push_back({check.result, check.domain, check.selector, ""});
    dmarc::Evaluator evaluator(*overlay.resolver, options.orgDomainMethod);
    auto evaluation = evaluator.evaluate(input);

    auto adkimMode = evaluation.policy ? evaluation.policy->adkim : dmarc::AlignmentMode::Relaxed;
    auto aspfMode = evaluation.policy ? evaluation.policy->aspf : dmarc::AlignmentMode::Relaxed;
    std::vector<dkim::SignatureCheck> authorChecks;
    for (const auto& check : checks) {
        SignatureEvidence s;
        auto it = signers.find(check.domain + "/" + check.selector);
        s.signer = it == signers.end() ? "unknown" : it->second.signer;
        s.actor = it == signers.end() ? "" : it->second.actor;
        s.domain = check.domain;
        s.selector = check.selector;
        s.algorithm = check.algorithm;
        s.result = std::string(dkim::toString(check.result));
        s.reason = std::string(dkim::toString(check.reason));
        s.explanation = check.explanation();
        s.authorDomain = evaluator.aligned(check.domain, from, dmarc::AlignmentMode::Relaxed);
        s.aligned = check.result == dkim::VerifyResult::Pass && evaluator.aligned(check.domain, from, adkimMode);
        if (s.authorDomain) {
            authorChecks.push_back(check);
            facts.authorSignaturePresent = true;
            facts.authorSignatureBroken = facts.authorSignatureBroken || check.result != dkim::VerifyResult::Pass;
            facts.authorSignaturePassed = facts.authorSignaturePassed || check.result == dkim::VerifyResult::Pass;
        } else if (check.result == dkim::VerifyResult::Pass && s.signer == "actor" && facts.thirdPartySigner.empty()) {
            facts.thirdPartySigner = s.actor;
        }
        e.signatures.push_back(std::move(s));
    }
    // The DKIM column is about the From domain's own signatures when the message carries any (the
    // question the table answers: did my signature survive?); otherwise the best of the others.
    row.dkim = std::string(dkim::toString(dkim::overallResult(authorChecks.empty() ? checks : authorChecks)));

    row.spfAligned = evaluation.spfAligned;
    row.dkimAligned = evaluation.dkimAligned;
    row.dmarc = std::string(dmarc::toString(evaluation.result));
    row.disposition = std::string(dmarc::toString(evaluation.disposition));
    e.alignedIdentifier = row.spfAligned && row.dkimAligned ? "spf+dkim"
                          : row.spfAligned                  ? "spf"
                          : row.dkimAligned                 ? "dkim"
                                                            : "";
    e.spfAlignedDomain = evaluation.spfAlignedDomain;
    e.dkimAlignedDomain = evaluation.dkimAlignedDomain;
    e.orgDomain = evaluation.orgDomain;
    e.dmarcExplanation = evaluation.explanation;
    if (evaluation.policy) {
        e.policyDomain = evaluation.policy->domain;
        e.policyRecord = evaluation.policy->record;
        e.policyTag = evaluation.policy->tag;
        e.policyValue = std::string(dmarc::toString(evaluation.policy->value));
        e.policyTesting = evaluation.policy->testing;
    }
    if (auto it = plan.scenarioNotes.find(scenario.id); it != plan.scenarioNotes.end())
        e.notes.insert(e.notes.end(), it->second.begin(), it->second.end());

    std::string aspf(dmarc::toString(aspfMode)), adkim(dmarc::toString(adkimMode));
    row.reason = reasonFor(row, evaluation, aspf, adkim);
    bool spfRelaxedAligns = !e.spfDomain.empty() && evaluator.aligned(e.spfDomain, from, dmarc::AlignmentMode::Relaxed);
    row.recommendation = recommendationFor(row, facts, domain, aspf, adkim, spfRelaxedAligns);
    return row;
}

Result<Table> Simulator::State::run(const Parameters& parameters, const std::vector<std::string>& ids) {
    std::vector<const Scenario*> scenarios;
    for (const auto& id : ids) {
        const Scenario* scenario = options.library.findScenario(id);
        if (!scenario)
            return InputError{"--scenario", 0, 0, "unknown scenario \"" + id + "\""};
        scenarios.push_back(scenario);
    }
    if (ids.empty())
        for (const auto& scenario : options.library.scenarios)
            scenarios.push_back(&scenario);

    Table table;
    table.domain = options.domain;
    table.parameters = parameters;
    auto own = ownServer(parameters.ownIp);
    table.ownIp = own.ip;
    table.ownHelo = own.helo;
    table.notes = own.notes;
    auto vars = variables(parameters, own);
    auto plan = planOverlay(parameters, scenarios, vars);
    if (!plan)
        return plan.error();
    table.notes.insert(table.notes.end(), plan->notes.begin(), plan->notes.end());
    auto overlay = overlayFor(*plan);
    for (const auto* scenario : scenarios) {
        auto row = runScenario(*scenario, parameters, vars, *overlay, *plan);
        if (!row)
            return row.error();
        table.rows.push_back(std::move(*row));
    }
    return table;
}

Simulator::Simulator(SimulatorOptions options) : m_state(std::make_shared<State>()) {
    options.domain = normalizeDomain(options.domain);
    if (!options.keys)
        options.keys = std::make_shared<KeyStore>();
    m_state->options = std::move(options);
}

Result<Table> Simulator::run(const Parameters& parameters, const std::vector<std::string>& scenarios) const {
    auto ids = resolveScenarioNames(scenarios);
    if (!ids)
        return ids.error();
    return m_state->run(parameters, *ids);
}

Result<std::vector<std::string>> Simulator::resolveScenarioNames(const std::vector<std::string>& names,
                                                                 const std::string& source) const {
    std::vector<std::string> ids;
    const auto& all = m_state->options.library.scenarios;
    for (const auto& name : names) {
        if (!name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c); })) {
            auto number = std::stoul(name.size() > 6 ? std::string("0") : name);
            if (number >= 1 && number <= all.size()) {
                ids.push_back(all[number - 1].id);
                continue;
            }
        } else if (m_state->options.library.findScenario(name)) {
            ids.push_back(name);
            continue;
        }
        std::string known;
        for (const auto& scenario : all)
            known += (known.empty() ? "" : ", ") + scenario.id;
        return InputError{source, 0, 0,
                          "unknown scenario \"" + name + "\" (known: " + known + ", or 1-" +
                              std::to_string(all.size()) + ")"};
    }
    return ids;
}

const ScenarioLibrary& Simulator::library() const {
    return m_state->options.library;
}
const std::string& Simulator::domain() const {
    return m_state->options.domain;
}

SimulatorStats Simulator::stats() const {
    std::lock_guard lock(m_state->mutex);
    return m_state->stats;
}

} // namespace dmarcplan::simulate
