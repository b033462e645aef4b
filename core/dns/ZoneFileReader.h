#pragma once
// The strict master-file reader behind ZoneData::fromText (RFC 1035 §5.1): our own tokenizer for
// the file's structure (entries, parentheses, quotes, comments, directives, owner/TTL/class/type) so
// that every error has a line and a column, and ldns for the record data of each entry.

#include "core/common/Result.h"
#include "core/dns/ZoneData.h"

#include <string>
#include <string_view>

namespace dmarcplan::dns {

class ZoneFileReader {
public:
    static Result<ZoneData> read(std::string_view text, std::string_view origin, const std::string& sourceName,
                                 const ZoneReadOptions& options);
};

} // namespace dmarcplan::dns
