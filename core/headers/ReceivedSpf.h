#pragma once
// RFC 7208 §9.1 Received-SPF: "result (comment) key=value; key=value ...", parsed tolerantly.

#include "core/common/Finding.h"

#include <map>
#include <string>
#include <string_view>

namespace dmarcplan::headers {

struct ReceivedSpf {
    std::string text;                        // the unfolded value
    std::string result;                      // lower case: pass, fail, softfail, neutral, none, temperror, permerror
    std::string comment;                     // the first comment, if any
    std::map<std::string, std::string> keys; // client-ip, envelope-from, helo, receiver, identity, ...
    Findings issues;                         // HEADERS-RECEIVED-SPF-* (warnings)

    std::string key(const std::string& name) const; // "" when absent
    // The domain SPF checked: identity=helo -> helo; else envelope-from's domain (helo if it is empty).
    std::string checkedDomain() const;
    bool heloIdentity() const;
};

ReceivedSpf parseReceivedSpf(std::string_view value);

} // namespace dmarcplan::headers
