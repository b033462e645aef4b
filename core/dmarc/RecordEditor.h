#pragma once
// Changing tags of a DMARC record: the text is read by the real parser (core/dmarc/Parser), tags are
// set in place or appended, and the record is written out again as a tag-list (RFC 9989 §4.7:
// "tag=value" pairs separated by "; "). For what-if runs (the simulator's changed policy) and tools
// that propose an edited record.

#include "core/dmarc/Record.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dmarcplan::dmarc {

using TagChange = std::pair<std::string, std::string>; // tag name (lower case), new value

// "v=DMARC1; p=none; rua=mailto:a@example.com": each tag as parsed, in order, duplicates included.
std::string formatTags(const std::vector<Tag>& tags);

// `text` with every change applied: the first tag of that name gets the value, a tag not present is
// appended. Pieces the parser cannot read as a tag (no "=", a name that is not letters) are left
// out, so the result is always a well-formed tag-list. Empty text starts from "v=DMARC1; p=none".
std::string editRecord(std::string_view text, const std::vector<TagChange>& changes);

} // namespace dmarcplan::dmarc
