#include "core/simulate/Scenario.h"

#include "core/common/MessageCatalogue.h"

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>

namespace dmarcplan::simulate {

namespace {

using nlohmann::json;

InputError errorAt(const std::string& path, std::string message) {
    return InputError{path, 0, 0, std::move(message)};
}

// Reads the members of one JSON object, each check naming the JSON path of what it looks at.
class ObjectReader {
public:
    ObjectReader(const json& object, std::string path) : m_object(object), m_path(std::move(path)) {}

    std::optional<InputError> checkIsObject() const {
        if (!m_object.is_object())
            return errorAt(m_path, "expected an object");
        return std::nullopt;
    }
    std::optional<InputError> checkKeys(std::initializer_list<std::string_view> allowed) const {
        for (const auto& [key, value] : m_object.items())
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
                return errorAt(member(key), "unknown key \"" + key + "\"");
        return std::nullopt;
    }
    std::string member(std::string_view key) const { return m_path + "." + std::string(key); }
    bool has(std::string_view key) const { return m_object.contains(key); }
    const json& at(std::string_view key) const { return m_object.at(std::string(key)); }

    std::optional<InputError> readString(std::string_view key, std::string& out, bool required = false) const {
        if (!has(key))
            return required ? std::optional(errorAt(member(key), "missing (required)")) : std::nullopt;
        if (!at(key).is_string())
            return errorAt(member(key), "expected a string");
        out = at(key).get<std::string>();
        return std::nullopt;
    }
    std::optional<InputError> readBool(std::string_view key, bool& out) const {
        if (!has(key))
            return std::nullopt;
        if (!at(key).is_boolean())
            return errorAt(member(key), "expected true or false");
        out = at(key).get<bool>();
        return std::nullopt;
    }
    // A string that must be one of `choices`.
    std::optional<InputError> readChoice(std::string_view key, std::string& out,
                                         std::initializer_list<std::string_view> choices) const {
        if (auto error = readString(key, out))
            return error;
        if (!has(key) || std::find(choices.begin(), choices.end(), out) != choices.end())
            return std::nullopt;
        std::string list;
        for (auto choice : choices)
            list += (list.empty() ? "" : ", ") + std::string(choice);
        return errorAt(member(key), "\"" + out + "\" is not one of: " + list);
    }
    std::optional<InputError> checkArray(std::string_view key) const {
        if (has(key) && !at(key).is_array())
            return errorAt(member(key), "expected an array");
        return std::nullopt;
    }

private:
    const json& m_object;
    std::string m_path;
};

#define RETURN_IF_ERROR(expr)                                                                                          \
    if (auto error_ = (expr))                                                                                          \
        return *error_;

Result<PlannedRecord> parsePlannedRecord(const json& j, const std::string& path) {
    ObjectReader r(j, path);
    RETURN_IF_ERROR(r.checkIsObject());
    RETURN_IF_ERROR(r.checkKeys({"name", "type", "value"}));
    PlannedRecord record;
    std::string type;
    RETURN_IF_ERROR(r.readString("name", record.name, true));
    RETURN_IF_ERROR(r.readChoice("type", type, {"A", "AAAA", "CNAME", "MX", "TXT"}));
    if (!type.empty())
        record.type = *dns::recordTypeFromString(type);
    RETURN_IF_ERROR(r.readString("value", record.value, true));
    return record;
}

std::optional<InputError> readPlannedRecords(const ObjectReader& r, std::vector<PlannedRecord>& out) {
    RETURN_IF_ERROR(r.checkArray("publish"));
    if (!r.has("publish"))
        return std::nullopt;
    const auto& list = r.at("publish");
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto record = parsePlannedRecord(list[i], r.member("publish") + "[" + std::to_string(i) + "]");
        if (!record)
            return record.error();
        out.push_back(std::move(*record));
    }
    return std::nullopt;
}

Result<Signature> parseSignature(const json& j, const std::string& path) {
    ObjectReader r(j, path);
    RETURN_IF_ERROR(r.checkIsObject());
    RETURN_IF_ERROR(r.checkKeys({"signer", "actor", "selector", "algorithm"}));
    Signature signature;
    std::string signer = "author";
    RETURN_IF_ERROR(r.readChoice("signer", signer, {"author", "actor", "delegated"}));
    signature.signer = signer == "author"  ? Signature::Signer::Author
                       : signer == "actor" ? Signature::Signer::Actor
                                           : Signature::Signer::Delegated;
    RETURN_IF_ERROR(r.readString("actor", signature.actor, signature.signer != Signature::Signer::Author));
    RETURN_IF_ERROR(r.readString("selector", signature.selector));
    RETURN_IF_ERROR(r.readChoice("algorithm", signature.algorithm, {"rsa", "ed25519"}));
    return signature;
}

Result<Step> parseStep(const json& j, const std::string& path) {
    ObjectReader r(j, path);
    RETURN_IF_ERROR(r.checkIsObject());
    RETURN_IF_ERROR(
        r.checkKeys({"type", "actor", "srs", "subject_tag", "footer", "own_envelope", "rewrite_from", "sign"}));
    Step step;
    std::string kind;
    RETURN_IF_ERROR(r.readString("type", kind, true));
    RETURN_IF_ERROR(r.readChoice("type", kind, {"relay", "forward", "list", "modify"}));
    step.kind = kind == "relay"     ? Step::Kind::Relay
                : kind == "forward" ? Step::Kind::Forward
                : kind == "list"    ? Step::Kind::List
                                    : Step::Kind::Modify;
    RETURN_IF_ERROR(r.readString("actor", step.actor, step.kind != Step::Kind::Modify));
    RETURN_IF_ERROR(r.readBool("srs", step.srs));
    RETURN_IF_ERROR(r.readBool("subject_tag", step.subjectTag));
    RETURN_IF_ERROR(r.readBool("footer", step.footer));
    RETURN_IF_ERROR(r.readBool("own_envelope", step.ownEnvelope));
    RETURN_IF_ERROR(r.readBool("rewrite_from", step.rewriteFrom));
    RETURN_IF_ERROR(r.readBool("sign", step.sign));
    if (step.srs && step.kind != Step::Kind::Forward)
        return errorAt(r.member("srs"), "only a forward step rewrites the envelope with SRS");
    if (step.kind == Step::Kind::Forward && (step.subjectTag || step.footer || step.rewriteFrom))
        return errorAt(path, "a forward step passes the message on unchanged: use a list or modify step");
    if (step.sign && step.actor.empty())
        return errorAt(r.member("sign"), "a step that signs needs an actor (whose key signs)");
    return step;
}

bool isValidId(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

json plannedJson(const std::vector<PlannedRecord>& records) {
    json list = json::array();
    for (const auto& record : records)
        list.push_back({{"name", record.name}, {"type", dns::toString(record.type)}, {"value", record.value}});
    return list;
}

} // namespace

std::string_view toString(Signature::Signer signer) {
    switch (signer) {
    case Signature::Signer::Author:
        return "author";
    case Signature::Signer::Actor:
        return "actor";
    case Signature::Signer::Delegated:
        return "delegated";
    }
    return "author";
}

std::string_view toString(Step::Kind kind) {
    switch (kind) {
    case Step::Kind::Relay:
        return "relay";
    case Step::Kind::Forward:
        return "forward";
    case Step::Kind::List:
        return "list";
    case Step::Kind::Modify:
        return "modify";
    }
    return "relay";
}

std::string Scenario::displayName() const {
    return nameCode.empty() ? name : renderMessage(nameCode, {});
}

std::string Scenario::displayDescription() const {
    return descriptionCode.empty() ? description : renderMessage(descriptionCode, {});
}

Result<Actor> parseActor(const std::string& name, const json& j, const std::string& path) {
    ObjectReader r(j, path);
    RETURN_IF_ERROR(r.checkIsObject());
    RETURN_IF_ERROR(r.checkKeys({"domain", "ip", "helo", "selector", "algorithm", "spf", "dmarc", "publish"}));
    if (!isValidId(name))
        return errorAt(path, "an actor name uses a-z, 0-9, '-' and '_' only");
    Actor actor;
    actor.name = name;
    RETURN_IF_ERROR(r.readString("domain", actor.domain, true));
    RETURN_IF_ERROR(r.readString("ip", actor.ip, true));
    RETURN_IF_ERROR(r.readString("helo", actor.helo, true));
    RETURN_IF_ERROR(r.readString("selector", actor.selector));
    RETURN_IF_ERROR(r.readChoice("algorithm", actor.algorithm, {"rsa", "ed25519"}));
    RETURN_IF_ERROR(r.readString("spf", actor.spf));
    RETURN_IF_ERROR(r.readString("dmarc", actor.dmarc));
    RETURN_IF_ERROR(readPlannedRecords(r, actor.publish));
    return actor;
}

Result<Scenario> parseScenario(const json& j, const std::string& path) {
    ObjectReader r(j, path);
    RETURN_IF_ERROR(r.checkIsObject());
    RETURN_IF_ERROR(r.checkKeys({"id", "name", "name_code", "description", "description_code", "legitimate", "from",
                                 "mail_from", "sender", "ip", "helo", "signatures", "steps", "publish", "actors"}));
    Scenario scenario;
    RETURN_IF_ERROR(r.readString("id", scenario.id, true));
    if (!isValidId(scenario.id))
        return errorAt(r.member("id"), "an id uses a-z, 0-9, '-' and '_' only");
    RETURN_IF_ERROR(r.readString("name", scenario.name));
    RETURN_IF_ERROR(r.readString("name_code", scenario.nameCode));
    if (scenario.name.empty() && scenario.nameCode.empty())
        return errorAt(r.member("name"), "missing (required)");
    RETURN_IF_ERROR(r.readString("description", scenario.description));
    RETURN_IF_ERROR(r.readString("description_code", scenario.descriptionCode));
    RETURN_IF_ERROR(r.readBool("legitimate", scenario.legitimate));
    RETURN_IF_ERROR(r.readString("from", scenario.from));
    if (scenario.from.empty())
        return errorAt(r.member("from"), "the From domain must not be empty");
    RETURN_IF_ERROR(r.readString("mail_from", scenario.mailFrom));
    if (!scenario.mailFrom.empty() && scenario.mailFrom.find('@') == std::string::npos)
        return errorAt(r.member("mail_from"), "expected an address local@domain, or \"\" for the null sender");
    RETURN_IF_ERROR(r.readString("sender", scenario.sender));
    RETURN_IF_ERROR(r.readString("ip", scenario.ip));
    RETURN_IF_ERROR(r.readString("helo", scenario.helo));
    RETURN_IF_ERROR(r.checkArray("signatures"));
    if (r.has("signatures")) {
        const auto& list = r.at("signatures");
        for (std::size_t i = 0; i < list.size(); ++i) {
            auto signature = parseSignature(list[i], r.member("signatures") + "[" + std::to_string(i) + "]");
            if (!signature)
                return signature.error();
            scenario.signatures.push_back(std::move(*signature));
        }
    }
    RETURN_IF_ERROR(r.checkArray("steps"));
    if (r.has("steps")) {
        const auto& list = r.at("steps");
        for (std::size_t i = 0; i < list.size(); ++i) {
            auto step = parseStep(list[i], r.member("steps") + "[" + std::to_string(i) + "]");
            if (!step)
                return step.error();
            scenario.steps.push_back(std::move(*step));
        }
    }
    RETURN_IF_ERROR(readPlannedRecords(r, scenario.publish));
    if (r.has("actors")) {
        if (!r.at("actors").is_object())
            return errorAt(r.member("actors"), "expected an object of actors by name");
        for (const auto& [name, value] : r.at("actors").items()) {
            auto actor = parseActor(name, value, r.member("actors") + "." + name);
            if (!actor)
                return actor.error();
            scenario.actors.push_back(std::move(*actor));
        }
    }
    return scenario;
}

#undef RETURN_IF_ERROR

json toJson(const Actor& actor) {
    json j = {{"domain", actor.domain}, {"ip", actor.ip}, {"helo", actor.helo}};
    if (!actor.selector.empty()) {
        j["selector"] = actor.selector;
        j["algorithm"] = actor.algorithm;
    }
    if (!actor.spf.empty())
        j["spf"] = actor.spf;
    if (!actor.dmarc.empty())
        j["dmarc"] = actor.dmarc;
    if (!actor.publish.empty())
        j["publish"] = plannedJson(actor.publish);
    return j;
}

json toJson(const Scenario& scenario) {
    json j = {{"id", scenario.id}};
    if (!scenario.name.empty())
        j["name"] = scenario.name;
    if (!scenario.nameCode.empty())
        j["name_code"] = scenario.nameCode;
    if (!scenario.description.empty())
        j["description"] = scenario.description;
    if (!scenario.descriptionCode.empty())
        j["description_code"] = scenario.descriptionCode;
    j["legitimate"] = scenario.legitimate;
    j["from"] = scenario.from;
    j["mail_from"] = scenario.mailFrom;
    j["sender"] = scenario.sender;
    if (!scenario.ip.empty())
        j["ip"] = scenario.ip;
    if (!scenario.helo.empty())
        j["helo"] = scenario.helo;
    json signatures = json::array();
    for (const auto& s : scenario.signatures) {
        json sj = {{"signer", toString(s.signer)}};
        if (!s.actor.empty())
            sj["actor"] = s.actor;
        if (!s.selector.empty())
            sj["selector"] = s.selector;
        if (!s.algorithm.empty())
            sj["algorithm"] = s.algorithm;
        signatures.push_back(sj);
    }
    j["signatures"] = signatures;
    json steps = json::array();
    for (const auto& s : scenario.steps) {
        json sj = {{"type", toString(s.kind)}};
        if (!s.actor.empty())
            sj["actor"] = s.actor;
        if (s.kind == Step::Kind::Forward)
            sj["srs"] = s.srs;
        if (s.kind == Step::Kind::List || s.kind == Step::Kind::Modify) {
            sj["subject_tag"] = s.subjectTag;
            sj["footer"] = s.footer;
        }
        if (s.kind == Step::Kind::List) {
            sj["own_envelope"] = s.ownEnvelope;
            sj["rewrite_from"] = s.rewriteFrom;
        }
        if (s.sign)
            sj["sign"] = true;
        steps.push_back(sj);
    }
    j["steps"] = steps;
    if (!scenario.publish.empty())
        j["publish"] = plannedJson(scenario.publish);
    if (!scenario.actors.empty()) {
        json actors = json::object();
        for (const auto& actor : scenario.actors)
            actors[actor.name] = toJson(actor);
        j["actors"] = actors;
    }
    return j;
}

} // namespace dmarcplan::simulate
