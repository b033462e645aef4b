#pragma once
// Parses DMARC Policy Record text (RFC 9989 §4.7-4.8) tolerantly: every tag is kept with its span,
// and whatever is wrong becomes a finding instead of stopping the parse.

#include "core/common/Finding.h"
#include "core/dmarc/Record.h"

#include <string_view>

namespace dmarcplan::dmarc {

struct ParseResult {
    Record record;
    // RFC 9989 §4.7: a record whose first tag is not exactly v=DMARC1 MUST be ignored entirely.
    bool isDmarc = false;
    Findings findings; // syntax and value problems, with spans into record.text
};

ParseResult parseRecord(std::string_view text);

// true when the text starts like a DMARC record ("v=DMARC1" first, spaces around "=" allowed):
// the test receivers apply to pick DMARC records out of the TXT answers at _dmarc.
bool looksLikeDmarcRecord(std::string_view text);

} // namespace dmarcplan::dmarc
