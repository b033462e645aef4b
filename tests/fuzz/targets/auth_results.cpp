// A pasted Authentication-Results / ARC-Authentication-Results / Received-SPF value through the
// tolerant RFC 8601 / RFC 8617 / RFC 7208 §9.1 parsers, and the AR formatter on what was parsed.
#include "tests/fuzz/FuzzTarget.h"

#include "core/headers/AuthenticationResults.h"
#include "core/headers/ReceivedSpf.h"

using namespace dmarcplan;

namespace {

void checkParsed(const headers::AuthenticationResults& parsed) {
    for (const auto& issue : parsed.issues) {
        FUZZ_CHECK(issue.span.begin <= issue.span.end && issue.span.end <= parsed.text.size());
        (void)issue.message();
    }
    for (const auto& result : parsed.results)
        for (const auto& property : result.properties)
            (void)result.property(property.ptype, property.property);
    (void)parsed.find("dmarc");
    (void)headers::formatAuthenticationResults(parsed, true);
}

} // namespace

DMARCPLAN_FUZZ_TARGET(auth_results) {
    auto parsed = headers::parseAuthenticationResults(input);
    checkParsed(parsed);
    checkParsed(headers::parseArcAuthenticationResults(input));

    // What the formatter writes reads back with the same methods and results.
    if (!parsed.authservId.empty() && parsed.issues.empty()) {
        auto formatted = headers::formatAuthenticationResults(parsed, false);
        auto colon = formatted.find(':');
        FUZZ_CHECK(colon != std::string::npos);
        auto reread = headers::parseAuthenticationResults(std::string_view(formatted).substr(colon + 1));
        FUZZ_CHECK(reread.results.size() == parsed.results.size());
        for (std::size_t i = 0; i < parsed.results.size(); ++i) {
            FUZZ_CHECK(reread.results[i].method == parsed.results[i].method);
            FUZZ_CHECK(reread.results[i].result == parsed.results[i].result);
        }
    }

    auto spf = headers::parseReceivedSpf(input);
    for (const auto& issue : spf.issues)
        (void)issue.message();
    (void)spf.checkedDomain();
}
