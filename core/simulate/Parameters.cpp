#include "core/simulate/Parameters.h"

#include "core/common/DomainName.h"

#include <arpa/inet.h>
#include <nlohmann/json.hpp>

namespace dmarcplan::simulate {

namespace {

std::optional<bool> parseBool(std::string_view text) {
    auto lower = toLower(text);
    if (lower == "true" || lower == "on" || lower == "yes" || lower == "1")
        return true;
    if (lower == "false" || lower == "off" || lower == "no" || lower == "0")
        return false;
    return std::nullopt;
}

// Accepts the DMARC tag value and the long word people say ("relaxed", "strict").
std::optional<std::string> parseAlignment(std::string_view text) {
    auto lower = toLower(text);
    if (lower == "r" || lower == "relaxed")
        return "r";
    if (lower == "s" || lower == "strict")
        return "s";
    return std::nullopt;
}

std::optional<std::string> parsePolicy(std::string_view text) {
    auto lower = toLower(text);
    if (lower == "none" || lower == "quarantine" || lower == "reject")
        return lower;
    return std::nullopt;
}

bool isIpAddress(const std::string& text) {
    unsigned char buffer[16];
    return inet_pton(AF_INET, text.c_str(), buffer) == 1 || inet_pton(AF_INET6, text.c_str(), buffer) == 1;
}

bool isSelector(std::string_view text) {
    // A selector is one or more labels (RFC 6376 §3.1); the key name under it must be a host name.
    return !text.empty() && isValidDomainName(std::string(text) + "._domainkey.example");
}

} // namespace

const std::vector<ParameterInfo>& parameterInfos() {
    static const std::vector<ParameterInfo> infos = {
        {"srs", "on|off", "SIM-PARAM-SRS"},
        {"list_subject_tag", "on|off", "SIM-PARAM-LIST-SUBJECT-TAG"},
        {"list_footer", "on|off", "SIM-PARAM-LIST-FOOTER"},
        {"list_rewrite_from", "on|off", "SIM-PARAM-LIST-REWRITE-FROM"},
        {"list_own_envelope", "on|off", "SIM-PARAM-LIST-OWN-ENVELOPE"},
        {"list_sign", "on|off", "SIM-PARAM-LIST-SIGN"},
        {"aspf", "r|s", "SIM-PARAM-ASPF"},
        {"adkim", "r|s", "SIM-PARAM-ADKIM"},
        {"p", "none|quarantine|reject", "SIM-PARAM-P"},
        {"sp", "none|quarantine|reject", "SIM-PARAM-SP"},
        {"np", "none|quarantine|reject", "SIM-PARAM-NP"},
        {"t", "y|n", "SIM-PARAM-T"},
        {"sign", "on|off", "SIM-PARAM-SIGN"},
        {"key_algorithm", "rsa|ed25519|both", "SIM-PARAM-KEY-ALGORITHM"},
        {"selector", "SELECTOR", "SIM-PARAM-SELECTOR"},
        {"canonicalization", "relaxed/relaxed|relaxed/simple|simple/relaxed|simple/simple", "SIM-PARAM-CANON"},
        {"own_ip", "IP", "SIM-PARAM-OWN-IP"},
    };
    return infos;
}

std::optional<InputError> setParameter(Parameters& parameters, std::string_view key, std::string_view value,
                                       const std::string& source) {
    auto bad = [&](const char* expected) {
        return InputError{source, 0, 0,
                          std::string(key) + ": \"" + std::string(value) + "\" is not valid (expected " + expected +
                              ")"};
    };
    auto setBool = [&](std::optional<bool>& target) -> std::optional<InputError> {
        auto parsed = parseBool(value);
        if (!parsed)
            return bad("on or off");
        target = parsed;
        return std::nullopt;
    };
    auto setWith = [&](std::optional<std::string>& target, auto parse,
                       const char* expected) -> std::optional<InputError> {
        auto parsed = parse(value);
        if (!parsed)
            return bad(expected);
        target = parsed;
        return std::nullopt;
    };
    if (key == "srs")
        return setBool(parameters.srs);
    if (key == "list_subject_tag")
        return setBool(parameters.listSubjectTag);
    if (key == "list_footer")
        return setBool(parameters.listFooter);
    if (key == "list_rewrite_from")
        return setBool(parameters.listRewriteFrom);
    if (key == "list_own_envelope")
        return setBool(parameters.listOwnEnvelope);
    if (key == "list_sign")
        return setBool(parameters.listSign);
    if (key == "aspf")
        return setWith(parameters.aspf, parseAlignment, "r or s");
    if (key == "adkim")
        return setWith(parameters.adkim, parseAlignment, "r or s");
    if (key == "p")
        return setWith(parameters.p, parsePolicy, "none, quarantine or reject");
    if (key == "sp")
        return setWith(parameters.sp, parsePolicy, "none, quarantine or reject");
    if (key == "np")
        return setWith(parameters.np, parsePolicy, "none, quarantine or reject");
    if (key == "t") {
        auto parsed = parseBool(value);
        auto lower = toLower(value);
        if (lower == "y" || lower == "n")
            parameters.t = lower;
        else if (parsed)
            parameters.t = *parsed ? "y" : "n";
        else
            return bad("y or n");
        return std::nullopt;
    }
    if (key == "sign") {
        auto parsed = parseBool(value);
        if (!parsed)
            return bad("on or off");
        parameters.sign = *parsed;
        return std::nullopt;
    }
    if (key == "key_algorithm") {
        auto lower = toLower(value);
        if (lower != "rsa" && lower != "ed25519" && lower != "both")
            return bad("rsa, ed25519 or both");
        parameters.keyAlgorithm = lower;
        return std::nullopt;
    }
    if (key == "selector") {
        if (!isSelector(value))
            return bad("a selector such as s1 or mail2024");
        parameters.selector = toLower(value);
        return std::nullopt;
    }
    if (key == "canonicalization") {
        auto lower = toLower(value);
        if (lower.find('/') == std::string::npos)
            lower += "/simple"; // RFC 6376 §3.5 c=: a lone header algorithm means simple body
        auto slash = lower.find('/');
        auto header = lower.substr(0, slash), body = lower.substr(slash + 1);
        auto ok = [](const std::string& c) { return c == "simple" || c == "relaxed"; };
        if (!ok(header) || !ok(body))
            return bad("HEADER/BODY, each simple or relaxed");
        parameters.canonicalization = lower;
        return std::nullopt;
    }
    if (key == "own_ip") {
        if (!isIpAddress(std::string(value)))
            return bad("an IPv4 or IPv6 address");
        parameters.ownIp = std::string(value);
        return std::nullopt;
    }
    std::string known;
    for (const auto& info : parameterInfos())
        known += (known.empty() ? "" : ", ") + std::string(info.key);
    return InputError{source, 0, 0, "unknown parameter \"" + std::string(key) + "\" (known: " + known + ")"};
}

Result<Parameters> parseParameters(const std::vector<std::string>& assignments, Parameters base) {
    for (const auto& assignment : assignments) {
        auto equals = assignment.find('=');
        if (equals == std::string::npos)
            return InputError{"--set", 0, 0, "\"" + assignment + "\" is not KEY=VALUE"};
        if (auto error = setParameter(base, assignment.substr(0, equals), assignment.substr(equals + 1)))
            return *error;
    }
    return base;
}

std::vector<std::pair<std::string, std::string>> Parameters::dmarcTagChanges() const {
    std::vector<std::pair<std::string, std::string>> changes;
    for (const auto& [tag, value] :
         {std::pair{"p", &p}, {"sp", &sp}, {"np", &np}, {"adkim", &adkim}, {"aspf", &aspf}, {"t", &t}})
        if (*value)
            changes.emplace_back(tag, **value);
    return changes;
}

nlohmann::json toJson(const Parameters& parameters) {
    nlohmann::json j = nlohmann::json::object();
    auto put = [&](const char* key, const auto& value) {
        if (value)
            j[key] = *value;
    };
    put("srs", parameters.srs);
    put("list_subject_tag", parameters.listSubjectTag);
    put("list_footer", parameters.listFooter);
    put("list_rewrite_from", parameters.listRewriteFrom);
    put("list_own_envelope", parameters.listOwnEnvelope);
    put("list_sign", parameters.listSign);
    for (const auto& [tag, value] : parameters.dmarcTagChanges())
        j[tag] = value;
    j["sign"] = parameters.sign;
    j["key_algorithm"] = parameters.keyAlgorithm;
    j["selector"] = parameters.selector;
    j["canonicalization"] = parameters.canonicalization;
    if (!parameters.ownIp.empty())
        j["own_ip"] = parameters.ownIp;
    return j;
}

} // namespace dmarcplan::simulate
