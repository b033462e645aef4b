#include "core/simulate/Row.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

namespace dmarcplan::simulate {

namespace {

using nlohmann::json;

json messageJson(const Message& message) {
    return {{"code", message.code}, {"params", message.params}, {"text", message.text()}};
}

json messagesJson(const std::vector<Message>& messages) {
    json list = json::array();
    for (const auto& message : messages)
        list.push_back(messageJson(message));
    return list;
}

const char* yesNo(bool value) {
    return value ? "yes" : "no";
}

} // namespace

json toJson(const SignatureEvidence& s) {
    return {{"signer", s.signer},
            {"actor", s.actor},
            {"domain", s.domain},
            {"selector", s.selector},
            {"algorithm", s.algorithm},
            {"result", s.result},
            {"reason", s.reason},
            {"explanation", s.explanation.text()},
            {"author_domain", s.authorDomain},
            {"aligned", s.aligned}};
}

json toJson(const Evidence& e) {
    json path = json::array();
    for (const auto& hop : e.path)
        path.push_back({{"actor", hop.actor}, {"ip", hop.ip}, {"helo", hop.helo}, {"action", hop.action}});
    json trace = json::array();
    for (const auto& step : e.spfTrace)
        trace.push_back(spf::toJson(step));
    json signatures = json::array();
    for (const auto& s : e.signatures)
        signatures.push_back(toJson(s));
    json policy = nullptr;
    if (!e.policyDomain.empty())
        policy = {{"domain", e.policyDomain},
                  {"record", e.policyRecord},
                  {"tag", e.policyTag},
                  {"value", e.policyValue},
                  {"testing", e.policyTesting}};
    return {{"from_domain", e.fromDomain},
            {"mail_from", e.mailFrom},
            {"ip", e.ip},
            {"helo", e.helo},
            {"path", path},
            {"changes", e.changes},
            {"spf",
             {{"domain", e.spfDomain},
              {"explanation", e.spfExplanation},
              {"deciding_term", e.spfDecidingTerm},
              {"dns_lookups", e.spfDnsLookups},
              {"trace", trace}}},
            {"dkim", signatures},
            {"aligned_identifier", e.alignedIdentifier},
            {"spf_aligned_domain", e.spfAlignedDomain},
            {"dkim_aligned_domain", e.dkimAlignedDomain},
            {"org_domain", e.orgDomain},
            {"policy", policy},
            {"dmarc_explanation", e.dmarcExplanation.text()},
            {"notes", messagesJson(e.notes)}};
}

json toJson(const Row& row) {
    json j = {{"scenario", row.scenario},        {"name", row.name},
              {"legitimate", row.legitimate},    {"spf", row.spf},
              {"spf_aligned", row.spfAligned},   {"dkim", row.dkim},
              {"dkim_aligned", row.dkimAligned}, {"dmarc", row.dmarc},
              {"disposition", row.disposition},  {"reason", row.reason.text()},
              {"reason_code", row.reason.code},  {"recommendation", nullptr},
              {"evidence", toJson(row.evidence)}};
    if (row.recommendation) {
        j["recommendation"] = row.recommendation->text();
        j["recommendation_code"] = row.recommendation->code;
    }
    return j;
}

json toJson(const Table& table) {
    json rows = json::array();
    for (const auto& row : table.rows)
        rows.push_back(toJson(row));
    return {{"domain", table.domain},
            {"own_ip", table.ownIp},
            {"own_helo", table.ownHelo},
            {"parameters", toJson(table.parameters)},
            {"notes", messagesJson(table.notes)},
            {"rows", rows}};
}

std::string renderText(const Table& table) {
    const std::vector<std::string> headings = {"scenario",     "SPF",   "SPF aligned", "DKIM",
                                               "DKIM aligned", "DMARC", "disposition"};
    std::vector<std::vector<std::string>> cells;
    for (const auto& row : table.rows)
        cells.push_back({row.scenario, row.spf, yesNo(row.spfAligned), row.dkim, yesNo(row.dkimAligned), row.dmarc,
                         row.disposition});
    std::vector<std::size_t> widths;
    for (const auto& heading : headings)
        widths.push_back(heading.size());
    for (const auto& line : cells)
        for (std::size_t i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    std::ostringstream out;
    auto printLine = [&](const std::vector<std::string>& line) {
        std::string text;
        for (std::size_t i = 0; i < line.size(); ++i)
            text += line[i] + (i + 1 < line.size() ? std::string(widths[i] - line[i].size() + 2, ' ') : "");
        out << text << '\n';
    };
    out << "Simulation for " << table.domain << " (own server " << table.ownIp << ", " << table.ownHelo << ")\n\n";
    printLine(headings);
    std::vector<std::string> rule;
    for (auto width : widths)
        rule.push_back(std::string(width, '-'));
    printLine(rule);
    for (const auto& line : cells)
        printLine(line);
    out << '\n';
    for (const auto& row : table.rows) {
        out << row.scenario << ": " << row.name << '\n';
        out << "  " << row.reason.text() << '\n';
        if (row.recommendation)
            out << "  recommendation: " << row.recommendation->text() << '\n';
    }
    if (!table.notes.empty()) {
        out << "\nNotes:\n";
        for (const auto& note : table.notes)
            out << "  " << note.text() << '\n';
    }
    return out.str();
}

} // namespace dmarcplan::simulate
