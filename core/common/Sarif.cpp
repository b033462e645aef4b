#include "core/common/Sarif.h"

#include "core/common/MessageCatalogue.h"

#include <map>
#include <nlohmann/json.hpp>

namespace dmarcplan {

namespace {

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

std::string dnsNameOf(const Finding& finding) {
    for (const char* key : {"name", "domain"}) {
        auto it = finding.params.find(key);
        if (it != finding.params.end() && !it->second.empty())
            return it->second;
    }
    return {};
}

nlohmann::json locationOf(const Finding& finding, const SarifOptions& options) {
    nlohmann::json physical;
    if (!finding.location.file.empty()) {
        physical["artifactLocation"] = {{"uri", finding.location.file}};
        if (finding.location.line > 0) {
            nlohmann::json region = {{"startLine", finding.location.line}};
            if (finding.location.column > 0)
                region["startColumn"] = finding.location.column;
            if (!finding.record.empty())
                region["snippet"] = {{"text", finding.record.str()}};
            physical["region"] = region;
        }
    } else {
        auto name = dnsNameOf(finding);
        physical["artifactLocation"] = {{"uri", name.empty() ? options.fallbackUri : "dns:" + name + "?type=TXT"}};
        if (!finding.record.empty() && finding.span.end > finding.span.begin &&
            finding.span.end <= finding.record.size())
            physical["region"] = {
                {"charOffset", finding.span.begin},
                {"charLength", finding.span.end - finding.span.begin},
                {"snippet",
                 {{"text", finding.record.substr(finding.span.begin, finding.span.end - finding.span.begin)}}}};
    }
    nlohmann::json location = {{"physicalLocation", physical}};
    if (auto name = dnsNameOf(finding); !name.empty())
        location["logicalLocations"] = nlohmann::json::array({{{"name", name}, {"kind", "resource"}}});
    return location;
}

} // namespace

const char* sarifLevel(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "note";
    }
    return "note";
}

nlohmann::json toSarif(const Findings& findings, const SarifOptions& options) {
    // Rules in first-seen order; a rule's default level is the most severe level it was reported with.
    std::map<std::string, std::size_t> ruleIndex;
    std::vector<const Finding*> ruleFirst;
    std::vector<Severity> ruleLevel;
    for (const auto& finding : findings) {
        auto [it, added] = ruleIndex.emplace(finding.code, ruleFirst.size());
        if (added) {
            ruleFirst.push_back(&finding);
            ruleLevel.push_back(finding.severity);
        } else if (static_cast<int>(finding.severity) > static_cast<int>(ruleLevel[it->second])) {
            ruleLevel[it->second] = finding.severity;
        }
    }
    auto rules = nlohmann::json::array();
    for (std::size_t i = 0; i < ruleFirst.size(); ++i) {
        const auto& code = ruleFirst[i]->code;
        const auto* entry = findCatalogueEntry(code);
        nlohmann::json rule = {{"id", code},
                               {"name", code},
                               {"shortDescription", {{"text", entry ? entry->text : code}}},
                               {"defaultConfiguration", {{"level", sarifLevel(ruleLevel[i])}}}};
        if (entry && *entry->fix)
            rule["help"] = {{"text", entry->fix}};
        rules.push_back(rule);
    }
    auto results = nlohmann::json::array();
    for (const auto& finding : findings) {
        nlohmann::json result = {{"ruleId", finding.code},
                                 {"ruleIndex", ruleIndex.at(finding.code)},
                                 {"level", sarifLevel(finding.severity)},
                                 {"message", {{"text", finding.message()}}},
                                 {"locations", nlohmann::json::array({locationOf(finding, options)})}};
        nlohmann::json properties = {{"params", finding.params}};
        if (auto fix = finding.fix(); !fix.empty())
            properties["fix"] = fix;
        result["properties"] = properties;
        results.push_back(result);
    }
    nlohmann::json driver = {{"name", "dmarcplan"}, {"rules", rules}};
    if (!options.toolVersion.empty())
        driver["version"] = options.toolVersion;
    return {{"$schema", kSchema},
            {"version", "2.1.0"},
            {"runs", nlohmann::json::array({{{"tool", {{"driver", driver}}}, {"results", results}}})}};
}

} // namespace dmarcplan
