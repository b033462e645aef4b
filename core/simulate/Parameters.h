#pragma once
// What a user can change per run (`--set KEY=VALUE`, the controls above the GUI's table). Unset
// values leave the scenarios and the domain's published records as they are.

#include "core/common/Result.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dmarcplan::simulate {

struct Parameters {
    // Intermediaries: when set, every forward step / list step of every scenario does this.
    std::optional<bool> srs;
    std::optional<bool> listSubjectTag;
    std::optional<bool> listFooter;
    std::optional<bool> listRewriteFrom;
    std::optional<bool> listOwnEnvelope;
    std::optional<bool> listSign;
    // The domain's DMARC record: when any is set, the simulator publishes the domain's record with
    // these tags changed (or a new record, p=none unless p is given, when the domain has none).
    std::optional<std::string> aspf;  // r | s
    std::optional<std::string> adkim; // r | s
    std::optional<std::string> p;     // none | quarantine | reject
    std::optional<std::string> sp;
    std::optional<std::string> np;
    std::optional<std::string> t; // y | n
    // The domain's signing.
    bool sign = true;                 // false: no signature with d= the author domain at all
    std::string keyAlgorithm = "rsa"; // rsa | ed25519 | both
    std::string selector = "default"; // the author's selector
    std::string canonicalization = "relaxed/relaxed";
    // The domain's own outgoing server ("" = derived from the domain's MX, A or SPF ip4).
    std::string ownIp;

    bool changesDmarcRecord() const { return aspf || adkim || p || sp || np || t; }
    // The DMARC tags this run sets, as (tag, value) in record order: p, sp, np, adkim, aspf, t.
    std::vector<std::pair<std::string, std::string>> dmarcTagChanges() const;
    bool operator==(const Parameters&) const = default;
};

struct ParameterInfo {
    const char* key;
    const char* values;          // the accepted values, for --help, --list and the GUI
    const char* descriptionCode; // catalogue code (context "Scenarios")
};

// Every parameter, in the order --list shows them.
const std::vector<ParameterInfo>& parameterInfos();

// Sets one parameter from its text form; an unknown key or a bad value is an InputError naming
// `source` (e.g. "--set").
std::optional<InputError> setParameter(Parameters& parameters, std::string_view key, std::string_view value,
                                       const std::string& source = "--set");
// KEY=VALUE assignments in order (later ones win).
Result<Parameters> parseParameters(const std::vector<std::string>& assignments, Parameters base = {});

// The values in force, set ones only for the optional parameters (JSON keys = parameter keys).
nlohmann::json toJson(const Parameters& parameters);

} // namespace dmarcplan::simulate
