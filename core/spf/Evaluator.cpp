#include "core/spf/Evaluator.h"

#include "core/common/Clock.h"
#include "core/common/DomainName.h"
#include "core/common/Message.h"
#include "core/spf/Macro.h"
#include "core/spf/Parser.h"

#include <nlohmann/json.hpp>

namespace dmarcplan::spf {

namespace {

enum class Match { No, Yes, Temp, Perm };

// §4.3: a domain is usable when it is a multi-label name with labels of 1..63 characters.
bool isCheckableDomain(std::string_view domain) {
    if (!domain.empty() && domain.back() == '.')
        domain.remove_suffix(1);
    if (domain.empty() || domain.size() > 253 || domain.front() == '[')
        return false;
    std::size_t labels = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= domain.size(); ++i) {
        if (i == domain.size() || domain[i] == '.') {
            if (i == start || i - start > 63)
                return false;
            ++labels;
            start = i + 1;
        }
    }
    return labels >= 2;
}

Result resultFor(Qualifier qualifier) {
    switch (qualifier) {
    case Qualifier::Pass:
        return Result::Pass;
    case Qualifier::Fail:
        return Result::Fail;
    case Qualifier::SoftFail:
        return Result::SoftFail;
    case Qualifier::Neutral:
        return Result::Neutral;
    }
    return Result::Neutral;
}

std::string describe(const dns::Answer& answer) {
    std::string out(dns::toString(answer.status));
    if (!answer.error.empty())
        out += " (" + answer.error + ")";
    for (std::size_t i = 0; i < answer.records.size(); ++i)
        out += (i ? ", " : ": ") + answer.records[i].value;
    return out;
}

struct Level {
    Result result = Result::Neutral;
    std::string explanation;
    bool explanationFromRecord = false;
    std::string decidingTerm;
};

class Evaluation {
public:
    Evaluation(dns::Resolver& resolver, const IpAddress& ip, std::string_view sender, const CheckRequest& context,
               CheckOutcome& outcome)
        : m_resolver(resolver), m_ip(ip), m_sender(sender), m_context(context), m_outcome(outcome) {
        auto at = m_sender.rfind('@');
        if (at == std::string::npos) {
            m_senderDomain = m_sender;
        } else {
            m_localPart = m_sender.substr(0, at);
            m_senderDomain = m_sender.substr(at + 1);
        }
        // §4.3: a sender without local-part is postmaster@domain.
        if (m_localPart.empty())
            m_localPart = "postmaster";
        m_now = Clock::unixNow();
    }

    // check_host() for one domain; `depth` 0 is the identity, deeper levels are include/redirect targets.
    Level run(const std::string& domain, int depth, bool wantExplanation) {
        Level level;
        if (!isCheckableDomain(domain)) {
            note(depth, domain, "SPF-TRACE-INVALID-DOMAIN", {{"name", domain}});
            level.result = Result::None;
            return level;
        }
        auto answer = query(domain, dns::RecordType::TXT, depth, domain);
        if (answer.status == dns::Status::TempError) {
            level.result = Result::TempError;
            return level;
        }
        std::vector<const std::string*> spfRecords;
        for (const auto& record : answer.records)
            if (isSpfRecord(record.value))
                spfRecords.push_back(&record.value);
        if (spfRecords.empty()) {
            note(depth, domain, "SPF-TRACE-NO-RECORD", {{"name", domain}});
            level.result = Result::None;
            return level;
        }
        if (spfRecords.size() > 1) {
            // §4.5: more than one record is a permerror.
            note(depth, domain, "SPF-TRACE-MULTIPLE-RECORDS",
                 {{"name", domain}, {"count", std::to_string(spfRecords.size())}});
            level.result = Result::PermError;
            return level;
        }
        step(TraceStep::Kind::Record, depth, domain, *spfRecords.front(), {});
        auto parsed = parseRecord(*spfRecords.front());
        if (!parsed.ok()) {
            // §4.6: a syntax error anywhere in the record is a permerror before anything is evaluated.
            note(depth, domain, parsed.error->code, parsed.error->params);
            level.result = Result::PermError;
            return level;
        }
        const Record& record = *parsed.record;
        for (const auto& term : record.terms) {
            const Mechanism* mechanism = term.mechanism();
            if (!mechanism)
                continue;
            Match match = evaluate(*mechanism, domain, depth);
            step(TraceStep::Kind::Term, depth, domain, term.text, matchText(match));
            if (match == Match::No)
                continue;
            level.decidingTerm = term.text;
            if (match == Match::Temp)
                level.result = Result::TempError;
            else if (match == Match::Perm)
                level.result = Result::PermError;
            else
                level.result = resultFor(mechanism->qualifier);
            if (level.result == Result::Fail && wantExplanation)
                explain(record, domain, depth, level);
            return level;
        }
        // §6.1: redirect applies when nothing matched, and is ignored when the record has "all".
        if (const auto* redirect = record.redirect(); redirect && !record.hasAll()) {
            const std::string text = "redirect=" + redirect->value;
            if (!countLookup(depth, domain, text)) {
                level.result = Result::PermError;
                return level;
            }
            auto target = expandDomain(redirect->value, domain);
            if (!target || !isCheckableDomain(*target)) {
                note(depth, domain, "SPF-TRACE-INVALID-DOMAIN", {{"name", target.value_or(redirect->value)}});
                level.result = Result::PermError;
                return level;
            }
            step(TraceStep::Kind::Term, depth, domain, text, *target);
            Level redirected = run(*target, depth + 1, wantExplanation);
            // §6.1: "none" from the redirect target is a permerror.
            if (redirected.result == Result::None)
                redirected.result = Result::PermError;
            redirected.decidingTerm = text;
            return redirected;
        }
        level.result = Result::Neutral; // §4.7
        return level;
    }

private:
    static std::string matchText(Match match) {
        switch (match) {
        case Match::No:
            return "no match";
        case Match::Yes:
            return "match";
        case Match::Temp:
            return "temperror";
        case Match::Perm:
            return "permerror";
        }
        return "no match";
    }

    void step(TraceStep::Kind kind, int depth, std::string_view domain, std::string text, std::string detail,
              std::string code = {}) {
        m_outcome.trace.push_back(
            TraceStep{kind, depth, std::string(domain), std::move(text), std::move(detail), std::move(code), {}});
    }
    void note(int depth, std::string_view domain, std::string code, MessageParams params) {
        std::string text = params.count("term") ? params.at("term") : params.count("name") ? params.at("name") : "";
        step(TraceStep::Kind::Note, depth, domain, std::move(text), {}, std::move(code));
        m_outcome.trace.back().params = std::move(params);
    }

    dns::Answer query(std::string_view name, dns::RecordType type, int depth, std::string_view domain) {
        auto answer = m_resolver.query(name, type);
        step(TraceStep::Kind::Dns, depth, domain, std::string(name) + " " + std::string(dns::toString(type)),
             describe(answer));
        return answer;
    }

    // §4.6.4: at most `lookupLimit` terms that cause DNS queries; the next one is a permerror.
    bool countLookup(int depth, std::string_view domain, const std::string& term) {
        if (++m_outcome.dnsLookups > m_context.lookupLimit) {
            note(depth, domain, "SPF-TRACE-LOOKUP-LIMIT",
                 {{"term", term}, {"limit", std::to_string(m_context.lookupLimit)}});
            return false;
        }
        return true;
    }

    // §4.6.4: a query that returns NXDOMAIN or no records is a void lookup; more than two is a permerror.
    bool countVoid(const dns::Answer& answer, int depth, std::string_view domain) {
        if (answer.status != dns::Status::NxDomain && answer.status != dns::Status::NoData)
            return true;
        if (++m_outcome.voidLookups > m_context.voidLimit) {
            note(depth, domain, "SPF-TRACE-VOID-LIMIT",
                 {{"name", answer.name}, {"limit", std::to_string(m_context.voidLimit)}});
            return false;
        }
        return true;
    }

    MacroContext macroContext(std::string_view domain) {
        MacroContext context;
        context.ip = m_ip;
        context.sender = m_sender;
        context.localPart = m_localPart;
        context.senderDomain = m_senderDomain;
        context.domain = domain;
        context.helo = m_context.helo;
        context.receiver = m_context.receiver;
        context.now = m_now;
        std::string domainCopy(domain);
        context.validatedName = [this, domainCopy] { return validatedName(domainCopy); };
        return context;
    }

    std::optional<std::string> expandDomain(std::string_view spec, std::string_view domain) {
        auto expanded = expandMacroString(spec, macroContext(domain), false);
        if (!expanded)
            return std::nullopt;
        if (!expanded->empty() && expanded->back() == '.')
            expanded->pop_back();
        return truncateDomain(std::move(*expanded));
    }

    dns::RecordType addressType() const { return m_ip.v6 ? dns::RecordType::AAAA : dns::RecordType::A; }

    bool addressMatches(const dns::Answer& answer, const Mechanism& mechanism) const {
        for (const auto& record : answer.records) {
            auto address = m_ip.v6 ? IpAddress::parseV6(record.value) : IpAddress::parseV4(record.value);
            if (address && m_ip.inNetwork(*address, m_ip.v6 ? mechanism.prefix6() : mechanism.prefix4()))
                return true;
        }
        return false;
    }

    // Names from the PTR records of the client address whose A/AAAA records lead back to it (§5.5).
    std::vector<std::string> validatedNames(int depth, std::string_view domain, bool& voidAnswer) {
        std::vector<std::string> names;
        auto ptr = query(m_ip.reverseName(), dns::RecordType::PTR, depth, domain);
        voidAnswer = ptr.status == dns::Status::NxDomain || ptr.status == dns::Status::NoData;
        if (!ptr.ok())
            return names; // §5.5: a DNS error on the PTR lookup makes the mechanism not match
        std::size_t considered = 0;
        for (const auto& record : ptr.records) {
            if (++considered > 10)
                break; // §4.6.4: PTR records beyond the first 10 are ignored
            auto addresses = query(record.value, addressType(), depth, domain);
            if (!addresses.ok())
                continue; // §5.5: a failing address lookup skips that name
            for (const auto& a : addresses.records) {
                auto address = IpAddress::parse(a.value);
                if (address && *address == m_ip) {
                    names.push_back(normalizeDomain(record.value));
                    break;
                }
            }
        }
        return names;
    }

    std::string validatedName(const std::string& domain) {
        bool voidAnswer = false;
        auto names = validatedNames(0, domain, voidAnswer);
        const std::string target = normalizeDomain(domain);
        for (const auto& name : names)
            if (name == target)
                return name;
        for (const auto& name : names)
            if (isSubdomainOf(name, target))
                return name;
        return names.empty() ? "unknown" : names.front();
    }

    Match evaluate(const Mechanism& mechanism, const std::string& domain, int depth) {
        switch (mechanism.kind) {
        case MechanismKind::All:
            return Match::Yes;
        case MechanismKind::Ip4:
        case MechanismKind::Ip6: {
            int prefix = mechanism.kind == MechanismKind::Ip4 ? mechanism.prefix4() : mechanism.prefix6();
            return m_ip.inNetwork(*mechanism.network, prefix) ? Match::Yes : Match::No;
        }
        case MechanismKind::Include:
        case MechanismKind::A:
        case MechanismKind::Mx:
        case MechanismKind::Ptr:
        case MechanismKind::Exists:
            break;
        }
        std::string termText = std::string(toString(mechanism.kind)) + ":" + mechanism.domainSpec;
        if (!countLookup(depth, domain, termText))
            return Match::Perm;
        auto target = mechanism.domainSpec.empty() ? std::optional<std::string>(domain)
                                                   : expandDomain(mechanism.domainSpec, domain);
        if (!target)
            return Match::Perm;
        if (!isCheckableDomain(*target) && mechanism.kind != MechanismKind::Include) {
            // A name that cannot exist (e.g. %{h} of a bogus HELO) has no addresses: the mechanism does
            // not match. The suite requires this (invalid-hello-macro, require-valid-helo); for include
            // check_host() of the target gives "none", which §5.2 maps to permerror.
            note(depth, domain, "SPF-TRACE-INVALID-DOMAIN", {{"name", *target}});
            return Match::No;
        }
        switch (mechanism.kind) {
        case MechanismKind::Include: {
            Level included = run(*target, depth + 1, false);
            // §5.2: the include result table.
            switch (included.result) {
            case Result::Pass:
                return Match::Yes;
            case Result::Fail:
            case Result::SoftFail:
            case Result::Neutral:
                return Match::No;
            case Result::TempError:
                return Match::Temp;
            case Result::PermError:
            case Result::None:
                return Match::Perm;
            }
            return Match::Perm;
        }
        case MechanismKind::A: {
            auto answer = query(*target, addressType(), depth, domain);
            if (answer.status == dns::Status::TempError)
                return Match::Temp;
            if (!countVoid(answer, depth, domain))
                return Match::Perm;
            return addressMatches(answer, mechanism) ? Match::Yes : Match::No;
        }
        case MechanismKind::Mx: {
            auto mx = query(*target, dns::RecordType::MX, depth, domain);
            if (mx.status == dns::Status::TempError)
                return Match::Temp;
            if (!countVoid(mx, depth, domain))
                return Match::Perm;
            // §4.6.4: more than 10 MX names for one mx mechanism is a permerror.
            if (mx.records.size() > 10) {
                note(depth, domain, "SPF-TRACE-MX-LIMIT",
                     {{"name", *target}, {"count", std::to_string(mx.records.size())}});
                return Match::Perm;
            }
            for (const auto& exchange : mx.records) {
                if (exchange.value.empty() || exchange.value == ".")
                    continue; // null MX (RFC 7505)
                auto addresses = query(exchange.value, addressType(), depth, domain);
                if (addresses.status == dns::Status::TempError)
                    return Match::Temp;
                if (addressMatches(addresses, mechanism))
                    return Match::Yes;
            }
            return Match::No;
        }
        case MechanismKind::Ptr: {
            bool voidAnswer = false;
            auto names = validatedNames(depth, domain, voidAnswer);
            if (voidAnswer && ++m_outcome.voidLookups > m_context.voidLimit) {
                note(depth, domain, "SPF-TRACE-VOID-LIMIT",
                     {{"name", m_ip.reverseName()}, {"limit", std::to_string(m_context.voidLimit)}});
                return Match::Perm;
            }
            for (const auto& name : names)
                if (isSubdomainOf(name, *target))
                    return Match::Yes;
            return Match::No;
        }
        case MechanismKind::Exists: {
            // §5.7: always an A query, whatever the client's address family.
            auto answer = query(*target, dns::RecordType::A, depth, domain);
            if (answer.status == dns::Status::TempError)
                return Match::Temp;
            if (!countVoid(answer, depth, domain))
                return Match::Perm;
            return answer.ok() ? Match::Yes : Match::No;
        }
        case MechanismKind::All:
        case MechanismKind::Ip4:
        case MechanismKind::Ip6:
            break;
        }
        return Match::No;
    }

    // §6.2: the explanation of a fail, from exp= when it is usable.
    void explain(const Record& record, const std::string& domain, int depth, Level& level) {
        if (const auto* exp = record.exp()) {
            auto target = expandDomain(exp->value, domain);
            if (target && isCheckableDomain(*target)) {
                auto answer = query(*target, dns::RecordType::TXT, depth, domain);
                if (answer.ok() && answer.records.size() == 1) {
                    if (auto text = expandMacroString(answer.records.front().value, macroContext(domain), true)) {
                        level.explanation = std::move(*text);
                        level.explanationFromRecord = true;
                        return;
                    }
                }
            }
            note(depth, domain, "SPF-TRACE-EXP-UNUSABLE", {{"name", exp->value}});
        }
        level.explanation = defaultExplanation(domain);
    }

    std::string defaultExplanation(const std::string& domain) const {
        if (m_context.defaultExplanation)
            return *m_context.defaultExplanation;
        return Message{"SPF-EXPLANATION-DEFAULT", {{"domain", domain}, {"ip", m_ip.toString()}}}.text();
    }

    dns::Resolver& m_resolver;
    IpAddress m_ip;
    std::string m_sender;
    std::string m_localPart;
    std::string m_senderDomain;
    const CheckRequest& m_context;
    CheckOutcome& m_outcome;
    std::int64_t m_now = 0;
};

} // namespace

std::string_view toString(TraceStep::Kind kind) {
    switch (kind) {
    case TraceStep::Kind::Record:
        return "record";
    case TraceStep::Kind::Term:
        return "term";
    case TraceStep::Kind::Dns:
        return "dns";
    case TraceStep::Kind::Result:
        return "result";
    case TraceStep::Kind::Note:
        return "note";
    }
    return "note";
}

CheckOutcome checkHost(dns::Resolver& resolver, const IpAddress& ip, std::string_view domain, std::string_view sender,
                       const CheckRequest& context) {
    CheckOutcome outcome;
    outcome.domain = normalizeDomain(domain);
    outcome.sender = std::string(sender);
    Evaluation evaluation(resolver, ip, sender, context, outcome);
    Level level = evaluation.run(outcome.domain, 0, true);
    outcome.result = level.result;
    outcome.decidingTerm = level.decidingTerm;
    if (level.result == Result::Fail) {
        outcome.explanation = level.explanation;
        outcome.explanationFromRecord = level.explanationFromRecord;
    }
    outcome.trace.push_back(TraceStep{
        TraceStep::Kind::Result, 0, outcome.domain, level.decidingTerm, std::string(toString(level.result)), {}, {}});
    return outcome;
}

std::optional<InputError> validateRequest(const CheckRequest& request) {
    if (!IpAddress::parse(request.ip))
        return InputError{"--ip", 0, 0, "\"" + request.ip + "\" is not an IPv4 or IPv6 address"};
    return std::nullopt;
}

CheckOutcome checkHost(dns::Resolver& resolver, const CheckRequest& request) {
    // §2.3/§2.4: with a null reverse-path the HELO identity is checked as postmaster@HELO.
    std::string sender = request.sender.empty() ? "postmaster@" + request.helo : request.sender;
    auto at = sender.rfind('@');
    std::string domain = at == std::string::npos ? sender : sender.substr(at + 1);
    auto ip = IpAddress::parse(request.ip);
    if (!ip) {
        CheckOutcome outcome;
        outcome.result = Result::PermError;
        outcome.domain = normalizeDomain(domain);
        outcome.sender = sender;
        outcome.inputError = validateRequest(request);
        return outcome;
    }
    return checkHost(resolver, *ip, domain, sender, request);
}

nlohmann::json toJson(const TraceStep& step) {
    nlohmann::json j = {{"kind", toString(step.kind)},
                        {"depth", step.depth},
                        {"domain", step.domain},
                        {"text", step.text},
                        {"detail", step.detail}};
    if (!step.code.empty()) {
        j["code"] = step.code;
        j["message"] = Message{step.code, step.params}.text();
    }
    return j;
}

nlohmann::json toJson(const CheckOutcome& outcome) {
    nlohmann::json trace = nlohmann::json::array();
    for (const auto& step : outcome.trace)
        trace.push_back(toJson(step));
    return {{"result", toString(outcome.result)},
            {"explanation", outcome.explanation},
            {"domain", outcome.domain},
            {"sender", outcome.sender},
            {"deciding_term", outcome.decidingTerm},
            {"dns_lookups", outcome.dnsLookups},
            {"void_lookups", outcome.voidLookups},
            {"trace", trace}};
}

} // namespace dmarcplan::spf
