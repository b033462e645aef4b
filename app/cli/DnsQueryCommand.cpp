#include "app/cli/DnsQueryCommand.h"

#include "core/workspace/Workspace.h"
#include <ostream>

namespace dmarcplan::cli {

void DnsQueryCommand::configure(CLI::App& app) {
    app.add_option("NAME", m_name, "Domain name to ask for")->required();
    app.add_option("TYPE", m_type, "Record type: TXT, A, AAAA, MX, PTR, CNAME, SPF")->required();
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format);
}

namespace {

nlohmann::json recordJson(const dns::Record& record) {
    nlohmann::json j = {{"name", record.name}, {"type", dns::toString(record.type)}, {"ttl", record.ttl}};
    if (record.type == dns::RecordType::MX)
        j["value"] = std::to_string(record.preference) + " " + record.value;
    else
        j["value"] = record.value;
    if (record.type == dns::RecordType::TXT || record.type == dns::RecordType::SPF)
        j["strings"] = record.strings;
    return j;
}

} // namespace

int DnsQueryCommand::execute(Context& context) {
    auto type = dns::recordTypeFromString(m_type);
    if (!type) {
        context.err << "dmarcplan: unknown record type \"" << m_type << "\"\n";
        return kExitUsage;
    }
    auto ws = workspace::Workspace::open(m_dns);
    if (!ws) {
        context.err << "dmarcplan: " << ws.error().describe() << '\n';
        return kExitUsage;
    }
    auto answer = ws->current()->query(m_name, *type);
    if (m_format == OutputFormat::Json) {
        nlohmann::json records = nlohmann::json::array();
        for (const auto& r : answer.records)
            records.push_back(recordJson(r));
        nlohmann::json j = {
            {"name", answer.name}, {"type", dns::toString(*type)},     {"status", dns::toString(answer.status)},
            {"records", records},  {"cname_chain", answer.cnameChain}, {"source", answer.source}};
        if (!answer.error.empty())
            j["error"] = answer.error;
        printJson(context.out, j);
    } else {
        context.out << answer.name << ' ' << dns::toString(*type) << ": " << dns::toString(answer.status);
        if (!answer.error.empty())
            context.out << " (" << answer.error << ")";
        context.out << "  [" << answer.source << "]\n";
        for (const auto& cname : answer.cnameChain)
            context.out << "  via CNAME at " << cname << '\n';
        for (const auto& r : answer.records) {
            context.out << "  " << r.name << ' ' << r.ttl << " IN " << dns::toString(r.type) << ' ';
            if (r.type == dns::RecordType::MX)
                context.out << r.preference << ' ' << r.value;
            else if (r.type == dns::RecordType::TXT || r.type == dns::RecordType::SPF)
                for (std::size_t i = 0; i < r.strings.size(); ++i)
                    context.out << (i ? " " : "") << '"' << r.strings[i] << '"';
            else
                context.out << r.value;
            context.out << '\n';
        }
    }
    return answer.status == dns::Status::TempError ? kExitDnsFailure : kExitSuccess;
}

} // namespace dmarcplan::cli
