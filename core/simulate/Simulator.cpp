#include "core/simulate/Simulator.h"

#include "core/common/DomainName.h"
#include "core/dkim/Signer.h"
#include "core/dmarc/Evaluator.h"
#include "core/mail/MailMessage.h"
#include "core/simulate/Explanations.h"
#include "core/simulate/Journey.h"
#include "core/simulate/Overlay.h"
#include "core/simulate/OwnServer.h"
#include "core/spf/Evaluator.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>

// The simulator puts the parts of a run together (each in a file of its own): the own server
// (OwnServer), the run's DNS world of overlay zone and keys (Overlay), the message's journey through
// the intermediaries (Journey), and the receiver's verdict explained (Explanations). Here: the
// caches shared between runs, signing, and the receiver's SPF, DKIM and DMARC evaluation.

namespace dmarcplan::simulate {

namespace {

constexpr std::size_t kSignatureCacheLimit = 512;
constexpr std::size_t kOverlayCacheLimit = 32;

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
    std::shared_ptr<Overlay> overlayFor(OverlayPlan& plan);
    Result<bool> sign(mail::MailMessage& message, const SigningKey& key, const Parameters& parameters);
    Result<Row> runScenario(const Scenario& scenario, const Parameters& parameters, const Variables& vars,
                            Overlay& overlay, const OverlayPlan& plan);
};

OwnServer Simulator::State::ownServer(const std::string& ownIp) {
    {
        std::lock_guard lock(mutex);
        if (auto it = ownServers.find(ownIp); it != ownServers.end())
            return it->second;
    }
    OwnServer own = discoverOwnServer(*options.resolver, options.domain, ownIp);
    std::lock_guard lock(mutex);
    ownServers.emplace(ownIp, own);
    return own;
}

std::shared_ptr<Overlay> Simulator::State::overlayFor(OverlayPlan& plan) {
    std::lock_guard lock(mutex);
    if (auto it = overlays.find(plan.fingerprint); it != overlays.end())
        return it->second;
    if (overlays.size() >= kOverlayCacheLimit)
        overlays.clear();
    auto overlay = buildOverlay(plan, options.resolver);
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

Result<Row> Simulator::State::runScenario(const Scenario& scenario, const Parameters& parameters, const Variables& vars,
                                          Overlay& overlay, const OverlayPlan& plan) {
    Row row;
    row.scenario = scenario.id;
    row.name = scenario.displayName();
    row.nameCode = scenario.nameCode;
    row.legitimate = scenario.legitimate;
    auto& e = row.evidence;
    const std::string& domain = options.domain;

    auto journey =
        travel(options, scenario, parameters, vars, e,
               [&](mail::MailMessage& message, const SigningKey& key) { return sign(message, key, parameters); });
    if (!journey)
        return journey.error();
    const std::string& from = journey->from;
    const std::string& mailFrom = journey->mailFrom;
    const auto& signers = journey->signers;
    ScenarioFacts& facts = journey->facts;
    mail::MailMessage& message = journey->message;
    const std::string& ip = journey->ip;
    const std::string& helo = journey->helo;

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
    auto vars = runVariables(options, parameters, own);
    auto plan = planOverlay(options, parameters, scenarios, vars);
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
