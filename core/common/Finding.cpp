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

RecordText::RecordText(std::string text) {
    if (!text.empty())
        m_text = std::make_shared<const std::string>(std::move(text));
}

const std::string& RecordText::str() const {
    static const std::string empty;
    return m_text ? *m_text : empty;
}

std::string Finding::message() const {
    return renderMessage(code, params);
}
std::string Finding::fix() const {
    return renderFix(code, params);
}

bool hasErrors(const Findings& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

namespace {

nlohmann::json findingJson(const Finding& finding, bool withRecord) {
    nlohmann::json j = {
        {"code", finding.code},         {"severity", toString(finding.severity)},
        {"message", finding.message()}, {"span", {finding.span.begin, finding.span.end}},
        {"fix", finding.fix()},         {"params", finding.params},
    };
    if (withRecord && !finding.record.empty())
        j["record"] = finding.record.str();
    if (!finding.location.file.empty()) {
        j["file"] = finding.location.file;
        j["line"] = finding.location.line;
    }
    return j;
}

} // namespace

nlohmann::json toJson(const Finding& finding) {
    return findingJson(finding, true);
}

nlohmann::json toJson(const Findings& findings) {
    return toJson(findings, {});
}

bool PrintedRecords::contains(const RecordText& record) {
    if (record.empty())
        return false;
    if (std::any_of(m_matched.begin(), m_matched.end(), [&](const RecordText& m) { return m.sameAs(record); }))
        return true;
    if (std::find(m_printed.begin(), m_printed.end(), std::string_view(record.str())) == m_printed.end())
        return false;
    m_matched.push_back(record);
    return true;
}

nlohmann::json toJson(const Finding& finding, PrintedRecords& printed) {
    return findingJson(finding, !printed.contains(finding.record));
}

nlohmann::json toJson(const Findings& findings, const std::vector<std::string_view>& printed) {
    auto array = nlohmann::json::array();
    PrintedRecords records(printed);
    for (const auto& f : findings)
        array.push_back(toJson(f, records));
    return array;
}

} // namespace dmarcplan
