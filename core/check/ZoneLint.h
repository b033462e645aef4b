#pragma once
// Pre-deployment lint of zone files: every mail-authentication record at every name (SPF, DKIM keys,
// _dmarc, _report._dmarc) is linted by its protocol's linter in the context of the zones (names in
// the zones resolve from them, other names through the resolver given: live DNS, or nothing when
// offline), plus checks that only make sense for a whole zone. Every finding carries file and line.

#include "core/common/Finding.h"
#include "core/common/Result.h"
#include "core/dns/Resolver.h"
#include "core/dns/ZoneData.h"

#include <nlohmann/json_fwd.hpp>
#include <set>
#include <string>
#include <vector>

namespace dmarcplan::check {

struct ZoneFile {
    std::string path;
    dns::ZoneData data;
    // Problems found while reading that do not stop the lint (TXT strings over 255 bytes, which
    // ldns refuses: they are split for reading and reported as ZONE-TXT-STRING-TOO-LONG).
    Findings readFindings;
};

// Reads a master file with ldns; a syntax error is an InputError with file and line.
Result<ZoneFile> readZoneFile(const std::string& path, std::string_view origin = {});
Result<ZoneFile> zoneFileFromText(std::string_view text, std::string_view origin, const std::string& sourceName);

// The zone without its SPF, DMARC and DKIM TXT records at `names` (lint --plan puts the plan's in
// their place). Origins and all other records stay, with their lines.
dns::ZoneData withoutMailAuthRecords(const dns::ZoneData& zone, const std::set<std::string>& names);

enum class RecordKind { Spf, DkimKey, Dmarc, ReportAuthorization };
std::string_view toString(RecordKind kind); // "spf", "dkim", "dmarc", "report_authorization"

struct LintedRecord {
    std::string name;
    RecordKind kind = RecordKind::Spf;
    std::string value;
    SourceLocation location;
};

struct ZoneLintReport {
    std::vector<LintedRecord> records; // the mail-authentication records found, in file order
    Findings findings;                 // sorted by file and line
};

// `resolver` must answer from the same zones (dns::makeResolver(merged zones, live-or-nothing)).
ZoneLintReport lintZones(const std::vector<ZoneFile>& zones, dns::Resolver& resolver);

nlohmann::json toJson(const ZoneLintReport& report); // {records:[{name, kind, value, file, line}], findings}

} // namespace dmarcplan::check
