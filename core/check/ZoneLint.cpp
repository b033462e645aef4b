#include "core/check/ZoneLint.h"

#include "core/common/DomainName.h"
#include "core/dkim/KeyRecordLinter.h"
#include "core/dmarc/Linter.h"
#include "core/dmarc/OrganizationalDomain.h"
#include "core/dmarc/Parser.h"
#include "core/dmarc/PolicyDiscovery.h"
#include "core/spf/Linter.h"
#include "core/spf/Parser.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace dmarcplan::check {

namespace {

constexpr std::size_t kMaxCharacterString = 255; // RFC 1035 §3.3: one length octet

Finding zoneFinding(std::string code, Severity severity, MessageParams params, const SourceLocation& location,
                    std::string record = {}) {
    Finding f;
    f.code = std::move(code);
    f.severity = severity;
    f.params = std::move(params);
    f.location = location;
    f.record = std::move(record);
    return f;
}

void place(Findings& into, Findings found, const SourceLocation& location, const std::string& name) {
    for (auto& f : found) {
        if (f.location.file.empty())
            f.location = location;
        if (!f.params.count("name"))
            f.params["name"] = name;
        into.push_back(std::move(f));
    }
}

// A DKIM key record looks like this even outside _domainkey: v=DKIM1, or a k= and a p= tag.
bool looksLikeDkimKey(std::string_view value) {
    auto lower = toLower(value);
    if (lower.rfind("v=dkim1", 0) == 0)
        return true;
    return lower.find("p=") != std::string::npos &&
           (lower.rfind("k=", 0) == 0 || lower.find("; k=") != std::string::npos);
}

bool isDmarcText(std::string_view value) {
    auto lower = toLower(value);
    return lower.rfind("v=dmarc1", 0) == 0 && (lower.size() == 8 || lower[8] == ';' || lower[8] == ' ');
}

// The domain a DKIM key name belongs to: "sel._domainkey.example.com" -> "example.com" ("" if none).
std::string domainkeyParent(const std::string& name) {
    auto at = name.find("._domainkey.");
    return at == std::string::npos ? std::string() : name.substr(at + 12);
}

// An SPF record that can pass some host (anything but "v=spf1 -all"/"~all" and the like).
bool spfAuthorisesSenders(const std::string& value) {
    auto parsed = spf::parseRecord(value);
    if (!parsed.ok())
        return true; // unknown: treat as sending
    for (const auto& term : parsed.record->terms)
        if (const auto* m = term.mechanism(); m && m->kind != spf::MechanismKind::All)
            return true;
        else if (m && m->qualifier == spf::Qualifier::Pass)
            return true;
    return parsed.record->redirect() != nullptr;
}

struct NameInfo {
    std::vector<std::pair<std::string, SourceLocation>> spf;
    std::vector<std::pair<std::string, SourceLocation>> dmarc;
    std::optional<SourceLocation> mx;
    std::optional<SourceLocation> firstRecord;
};

} // namespace

std::string_view toString(RecordKind kind) {
    switch (kind) {
    case RecordKind::Spf:
        return "spf";
    case RecordKind::DkimKey:
        return "dkim";
    case RecordKind::Dmarc:
        return "dmarc";
    case RecordKind::ReportAuthorization:
        return "report_authorization";
    }
    return "spf";
}

dns::ZoneData withoutMailAuthRecords(const dns::ZoneData& zone, const std::set<std::string>& names) {
    dns::ZoneData out;
    for (const auto& origin : zone.origins())
        out.addOrigin(origin);
    const auto& records = zone.records();
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto& r = records[i];
        bool mailAuth = r.type == dns::RecordType::TXT && (spf::isSpfRecord(r.value) || isDmarcText(r.value) ||
                                                           r.name.find("._domainkey.") != std::string::npos);
        if (!(mailAuth && names.count(r.name)))
            out.addRecord(r, zone.lineOf(i));
    }
    return out;
}

Result<ZoneFile> zoneFileFromText(std::string_view text, std::string_view origin, const std::string& sourceName) {
    ZoneFile file;
    file.path = sourceName;
    // Strings over 255 bytes, which no server would load, are reported and split so that the rest
    // of the zone is still linted.
    dns::ZoneReadOptions options;
    options.onLongString = [&](int line, int column, std::size_t) {
        Finding finding;
        finding.code = "ZONE-TXT-STRING-TOO-LONG";
        finding.severity = Severity::Error;
        finding.location = {sourceName, line, column};
        finding.params = {{"limit", std::to_string(kMaxCharacterString)}};
        file.readFindings.push_back(finding);
    };
    auto data = dns::ZoneData::fromText(text, origin, sourceName, options);
    if (!data)
        return data.error();
    file.data = std::move(*data);
    return file;
}

Result<ZoneFile> readZoneFile(const std::string& path, std::string_view origin) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot open zone file"};
    std::ostringstream text;
    text << in.rdbuf();
    return zoneFileFromText(text.str(), origin, path);
}

ZoneLintReport lintZones(const std::vector<ZoneFile>& zones, dns::Resolver& resolver) {
    ZoneLintReport report;
    std::map<std::string, NameInfo> names;
    std::set<std::string> dkimDomains; // domains with DKIM keys in the zones (they send mail)
    for (const auto& zone : zones) {
        for (const auto& f : zone.readFindings)
            report.findings.push_back(f);
        const auto& records = zone.data.records();
        for (std::size_t i = 0; i < records.size(); ++i) {
            const auto& record = records[i];
            SourceLocation at{zone.path, zone.data.lineOf(i), 0};
            auto& info = names[record.name];
            if (!info.firstRecord)
                info.firstRecord = at;
            if (record.type == dns::RecordType::MX) {
                if (!info.mx)
                    info.mx = at;
                continue;
            }
            if (record.type != dns::RecordType::TXT)
                continue;
            const auto& value = record.value;
            const bool underDomainkey = record.name.find("._domainkey.") != std::string::npos;
            const bool atDmarc = record.name.rfind("_dmarc.", 0) == 0;
            const bool reportAuth = record.name.find("._report._dmarc.") != std::string::npos;
            if (spf::isSpfRecord(value)) {
                info.spf.emplace_back(value, at);
                report.records.push_back({record.name, RecordKind::Spf, value, at});
                auto lint = spf::analyzeRecordStrings(record.strings, record.name, resolver);
                place(report.findings, std::move(lint.findings), at, record.name);
            } else if (reportAuth) {
                report.records.push_back({record.name, RecordKind::ReportAuthorization, value, at});
                // RFC 7489 §7.1: the destination confirms with a record that starts with v=DMARC1.
                if (!isDmarcText(value))
                    report.findings.push_back(
                        zoneFinding("ZONE-REPORT-AUTH-INVALID", Severity::Error, {{"name", record.name}}, at, value));
            } else if (atDmarc && isDmarcText(value)) {
                info.dmarc.emplace_back(value, at);
                report.records.push_back({record.name, RecordKind::Dmarc, value, at});
                place(report.findings, dmarc::lintRecord(value, record.name.substr(7), &resolver), at, record.name);
            } else if (underDomainkey) {
                report.records.push_back({record.name, RecordKind::DkimKey, value, at});
                dkimDomains.insert(domainkeyParent(record.name));
                auto lint = dkim::KeyRecordLinter::lintRecord(value, record.strings);
                place(report.findings, std::move(lint.findings), at, record.name);
            } else if (looksLikeDkimKey(value)) {
                report.findings.push_back(
                    zoneFinding("ZONE-DKIM-OUTSIDE-DOMAINKEY", Severity::Error, {{"name", record.name}}, at, value));
            }
        }
    }

    // Name-level checks.
    for (const auto& [name, info] : names) {
        if (info.spf.size() > 1)
            report.findings.push_back(zoneFinding("ZONE-SPF-MULTIPLE", Severity::Error,
                                                  {{"name", name}, {"count", std::to_string(info.spf.size())}},
                                                  info.spf[1].second, info.spf[1].first));
        if (info.dmarc.size() > 1)
            report.findings.push_back(zoneFinding("ZONE-DMARC-MULTIPLE", Severity::Error,
                                                  {{"name", name}, {"count", std::to_string(info.dmarc.size())}},
                                                  info.dmarc[1].second, info.dmarc[1].first));
        if (info.mx && info.spf.empty())
            report.findings.push_back(
                zoneFinding("ZONE-MX-WITHOUT-SPF", Severity::Warning, {{"name", name}}, *info.mx));
    }

    // The organizational domains of the zones need a DMARC policy.
    std::set<std::string> organizational;
    for (const auto& zone : zones) {
        // The line of the first record at each name, built once: a zone without SOA can have as many
        // origins as records, and a scan of the records per origin made lint quadratic.
        std::map<std::string, int> firstLine;
        for (const auto& origin : zone.data.origins())
            if (organizational.insert(dmarc::pslOrganizationalDomain(origin)).second) {
                const auto org = dmarc::pslOrganizationalDomain(origin);
                auto discovery = dmarc::discoverPolicy(org, resolver, dmarc::OrgDomainMethod::Psl);
                if (discovery.status != dmarc::DiscoveryStatus::NoRecord &&
                    discovery.status != dmarc::DiscoveryStatus::Malformed)
                    continue;
                // Point at the zone's first record at its origin (the SOA itself is not kept).
                if (firstLine.empty())
                    for (std::size_t i = 0; i < zone.data.records().size(); ++i)
                        firstLine.emplace(zone.data.records()[i].name, zone.data.lineOf(i));
                auto first = firstLine.find(origin); // both canonical (ZoneData keeps them so)
                SourceLocation at{zone.path, first == firstLine.end() ? 0 : first->second, 0};
                report.findings.push_back(zoneFinding("ZONE-NO-ORG-DMARC", Severity::Error,
                                                      {{"name", "_dmarc." + org}, {"domain", org}}, at));
            }
    }

    // Subdomains that send mail need a policy that protects them: their own _dmarc record, or the
    // organizational record's sp (np for names that do not exist cannot send, so sp/p is what applies).
    for (const auto& [name, info] : names) {
        bool sends = dkimDomains.count(name) > 0;
        for (const auto& [value, at] : info.spf)
            sends = sends || spfAuthorisesSenders(value);
        if (!sends || name.find('_') != std::string::npos || !info.dmarc.empty())
            continue;
        const auto org = dmarc::pslOrganizationalDomain(name);
        if (org == name)
            continue;
        auto discovery = dmarc::discoverPolicy(name, resolver, dmarc::OrgDomainMethod::Psl);
        if (discovery.status != dmarc::DiscoveryStatus::Found || !discovery.record)
            continue; // no DMARC at all: ZONE-NO-ORG-DMARC says so
        auto orgPolicy = discovery.record->domainPolicy();
        if (discovery.policy == dmarc::Policy::None && orgPolicy != dmarc::Policy::None) {
            auto at = info.spf.empty() ? *info.firstRecord : info.spf.front().second;
            report.findings.push_back(zoneFinding("ZONE-SUBDOMAIN-WEAK-POLICY", Severity::Warning,
                                                  {{"name", name},
                                                   {"domain", discovery.recordDomain},
                                                   {"tag", discovery.tag},
                                                   {"policy", std::string(dmarc::toString(orgPolicy))}},
                                                  at));
        }
    }

    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.location.file, a.location.line) < std::tie(b.location.file, b.location.line);
    });
    return report;
}

nlohmann::json toJson(const ZoneLintReport& report) {
    nlohmann::json records = nlohmann::json::array();
    for (const auto& r : report.records)
        records.push_back({{"name", r.name},
                           {"kind", toString(r.kind)},
                           {"value", r.value},
                           {"file", r.location.file},
                           {"line", r.location.line}});
    return {{"records", records}, {"findings", toJson(report.findings)}};
}

} // namespace dmarcplan::check
