#include "core/common/Finding.h"

#include "core/common/MessageCatalogue.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dmarcplan {

std::string_view toString(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "info";
}

std::string Finding::message() const { return renderMessage(code, params); }
std::string Finding::fix() const { return renderFix(code, params); }

bool hasErrors(const Findings& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

nlohmann::json toJson(const Finding& finding) {
    nlohmann::json j = {
        {"code", finding.code},
        {"severity", toString(finding.severity)},
        {"message", finding.message()},
        {"span", {finding.span.begin, finding.span.end}},
        {"fix", finding.fix()},
        {"params", finding.params},
    };
    if (!finding.record.empty())
        j["record"] = finding.record;
    if (!finding.location.file.empty()) {
        j["file"] = finding.location.file;
        j["line"] = finding.location.line;
    }
    return j;
}

nlohmann::json toJson(const Findings& findings) {
    auto array = nlohmann::json::array();
    for (const auto& f : findings)
        array.push_back(toJson(f));
    return array;
}

} // namespace dmarcplan
