#pragma once
// SARIF 2.1.0 (OASIS, sarif-schema-2.1.0.json) for code-scanning systems: one run, the tool's rules
// are the finding codes seen (with their catalogue text and fix), one result per finding.
// Locations: a finding from a file (zone lint) points at the file and line; a finding about a record
// fetched from DNS points at the record as an RFC 4501 "dns:" URI with the span as a character region.

#include "core/common/Finding.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace dmarcplan {

struct SarifOptions {
    std::string toolVersion;
    // Used when a finding has neither a file nor a DNS name (param "name" or "domain"), e.g. "dns:example.com".
    std::string fallbackUri;
};

nlohmann::json toSarif(const Findings& findings, const SarifOptions& options);

// "error" | "warning" | "note"
const char* sarifLevel(Severity severity);

} // namespace dmarcplan
