#pragma once
// Fetching the DMARC Policy Record published for one domain: TXT at _dmarc.<domain>, keeping only the
// answers that start with v=DMARC1 (RFC 9989 §4.10 step 2: if several remain, all are discarded).

#include "core/dmarc/Parser.h"
#include "core/dns/Resolver.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dmarc {

struct RecordLookup {
    std::string domain; // the domain the record is for (without "_dmarc.")
    std::string name;   // the name asked: _dmarc.<domain>
    dns::Status status = dns::Status::NxDomain;
    std::string error;                   // for TempError
    std::vector<std::string> dmarcTexts; // TXT values that start with v=DMARC1
    std::vector<std::string> otherTexts; // every other TXT value at the name
    std::optional<ParseResult> parsed;   // set when exactly one DMARC record is published

    bool tempError() const { return status == dns::Status::TempError; }
    bool found() const { return parsed.has_value(); }
};

RecordLookup lookupRecord(std::string_view domain, dns::Resolver& resolver);

} // namespace dmarcplan::dmarc
