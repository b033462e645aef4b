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
#include <cctype>
#include <cstdio>
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

// A DKIM key record looks like this even outside _domainkey: v=DKIM1, a k= and a p= tag, or a lone
// p= with a key-sized base64 value (the shortest key record people publish: "p=MIIBIjAN...").
bool looksLikeDkimKey(std::string_view value) {
    auto lower = toLower(value);
    if (lower.rfind("v=dkim1", 0) == 0)
        return true;
    if (lower.find("p=") != std::string::npos && (lower.rfind("k=", 0) == 0 || lower.find("; k=") != std::string::npos))
        return true;
    auto p = lower.rfind("p=", 0) == 0 ? 0 : lower.find("; p=");
    if (p == std::string::npos)
        return false;
    p = lower.find("p=", p) + 2;
    std::size_t base64 = 0;
    while (p < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[p])) || lower[p] == '+' ||
                                lower[p] == '/' || lower[p] == '=')) {
        ++base64;
        ++p;
    }
    return base64 >= 40; // an Ed25519 key is 44 characters, RSA keys hundreds
}

bool isDmarcText(std::string_view value) {
    auto lower = toLower(value);
    return lower.rfind("v=dmarc1", 0) == 0 && (lower.size() == 8 || lower[8] == ';' || lower[8] == ' ');
}

bool hasLabel(const std::string& name, std::string_view label) {
    std::size_t start = 0;
    while (start <= name.size()) {
        auto dot = name.find('.', start);
        auto end = dot == std::string::npos ? name.size() : dot;
        if (std::string_view(name).substr(start, end - start) == label)
            return true;
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return false;
}

// Mail-authentication text, even when damage keeps the strict tests from recognising it.
bool mentionsMailAuth(std::string_view value) {
    auto lower = toLower(value);
    return lower.find("v=spf1") != std::string::npos || lower.find("v=dmarc1") != std::string::npos ||
           lower.find("v=dkim1") != std::string::npos || looksLikeDkimKey(value);
}

// Characters that text copied from a web page, a chat or a word processor brings along, and that
// never belong in an SPF, DMARC or DKIM record (all of which are ASCII: RFC 7208 §3.1, the ABNF of RFC 9989
// §4.8, RFC 6376 §3.6.1).
struct Damage {
    std::string_view bytes;
    const char* codepoint;
};
constexpr Damage kDamage[] = {
    {"\xE2\x80\x9C", "U+201C"}, {"\xE2\x80\x9D", "U+201D"}, {"\xE2\x80\x98", "U+2018"},
    {"\xE2\x80\x99", "U+2019"}, {"\xE2\x80\x93", "U+2013"}, {"\xE2\x80\x94", "U+2014"},
    {"\xC2\xA0", "U+00A0"},     {"\xE2\x80\x8B", "U+200B"}, {"\xEF\xBB\xBF", "U+FEFF"},
};

// ZONE-TXT-ESCAPED-SEMICOLON for a backslash published before ";" (a zone file's \; pasted into a
// provider's web form, which keeps the backslash), ZONE-TXT-UNEXPECTED-CHARACTER for the first
// typographic, invisible or control character, or for quotes that became part of the text.
void checkCopyPasteDamage(const std::string& name, const std::string& value, const SourceLocation& at,
                          Findings& findings) {
    auto finding = [&](const char* code, MessageParams params, std::size_t begin, std::size_t end) {
        params.emplace("name", name);
        params.emplace("position", std::to_string(begin + 1));
        auto f = zoneFinding(code, Severity::Error, std::move(params), at, value);
        f.span = {begin, end};
        findings.push_back(std::move(f));
    };
    if (auto escaped = value.find("\\;"); escaped != std::string::npos)
        finding("ZONE-TXT-ESCAPED-SEMICOLON", {}, escaped, escaped + 2);
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c < 0x20 || c == 0x7F) {
            char code[8], shown[8];
            std::snprintf(code, sizeof code, "U+%04X", c);
            std::snprintf(shown, sizeof shown, "\\%03u", c); // as a zone file writes it: ESC is \027
            finding("ZONE-TXT-UNEXPECTED-CHARACTER", {{"character", shown}, {"codepoint", code}}, i, i + 1);
            return;
        }
        if ((i == 0 || i + 1 == value.size()) && c == '"') {
            finding("ZONE-TXT-UNEXPECTED-CHARACTER", {{"character", "\""}, {"codepoint", "U+0022"}}, i, i + 1);
            return;
        }
        for (const auto& damage : kDamage)
            if (std::string_view(value).substr(i, damage.bytes.size()) == damage.bytes) {
                finding("ZONE-TXT-UNEXPECTED-CHARACTER",
                        {{"character", std::string(damage.bytes)}, {"codepoint", damage.codepoint}}, i,
                        i + damage.bytes.size());
                return;
            }
    }
}

// Where a DMARC record found at `name` belongs: "dmarc.example.com" (the underscore lost) ->
// "_dmarc.example.com", anything else -> "_dmarc.<name>".
std::string dmarcNameFor(const std::string& name) {
    auto dot = name.find('.');
    auto first = name.substr(0, dot);
    while (!first.empty() && first.front() == '_')
        first.erase(0, 1);
    if (toLower(first) == "dmarc" && dot != std::string::npos)
        return "_dmarc" + name.substr(dot);
    return "_dmarc." + name;
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
    std::vector<std::pair<std::string, SourceLocation>> spfType99; // RR type SPF (99), obsolete
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
            if (record.type == dns::RecordType::SPF) {
                if (spf::isSpfRecord(record.value))
                    info.spfType99.emplace_back(record.value, at);
                continue;
            }
            if (record.type != dns::RecordType::TXT)
                continue;
            const auto& value = record.value;
            if (mentionsMailAuth(value))
                checkCopyPasteDamage(record.name, value, at, report.findings);
            const bool underDomainkey = record.name.find("._domainkey.") != std::string::npos;
            const bool atDmarc = record.name.rfind("_dmarc.", 0) == 0;
            const bool reportAuth = record.name.find("._report._dmarc.") != std::string::npos;
            if (spf::isSpfRecord(value)) {
                // RFC 7208 §3.1: SPF is read from the TXT records of the MAIL FROM or HELO domain; no
                // one asks a _dmarc or _domainkey name for it.
                if (hasLabel(record.name, "_dmarc") || hasLabel(record.name, "_domainkey"))
                    report.findings.push_back(zoneFinding(
                        "ZONE-SPF-MISPLACED", Severity::Warning,
                        {{"name", record.name}, {"label", hasLabel(record.name, "_dmarc") ? "_dmarc" : "_domainkey"}},
                        at, value));
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
            } else if (isDmarcText(value)) {
                // RFC 9989 §4.10.1: receivers ask only _dmarc.<domain> (the apex, a "dmarc" label
                // without its underscore, a _domainkey name are all never read for DMARC).
                report.findings.push_back(zoneFinding("ZONE-DMARC-MISPLACED", Severity::Error,
                                                      {{"name", record.name}, {"expected", dmarcNameFor(record.name)}},
                                                      at, value));
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
        // RFC 7208 §3.1: SPF records MUST be published as TXT; §14.1: type SPF (99) is obsolete and
        // receivers do not query it, so an SPF record only of that type is no SPF record at all.
        if (!info.spfType99.empty())
            report.findings.push_back(zoneFinding(info.spf.empty() ? "ZONE-SPF-TYPE99-ONLY" : "ZONE-SPF-TYPE99",
                                                  info.spf.empty() ? Severity::Error : Severity::Info, {{"name", name}},
                                                  info.spfType99.front().second, info.spfType99.front().first));
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
