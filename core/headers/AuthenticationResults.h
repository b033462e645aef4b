#pragma once
// RFC 8601 Authentication-Results (and RFC 8617 ARC-Authentication-Results): a tolerant parser for
// what people paste (comments, quoted strings, folding, several methods, ptype.property, an
// authserv-id with version, "none") that keeps what it can and flags the rest; and the header a
// receiver would write for a DMARC evaluation.

#include "core/common/Finding.h"
#include "core/dmarc/Evaluator.h"

#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::headers {

// Problems listed per parsed field (here and in Received-SPF); the rest are counted in one
// HEADERS-FIELD-MORE-PROBLEMS. Each finding carries the field's text, so an unbounded list would cost
// memory in proportion to the field's length times its number of problems.
inline constexpr std::size_t kMaxProblemsPerField = 10;
// Method results read from one field; the rest of the field is skipped with HEADERS-AR-TOO-MANY-RESULTS
// (a real receiver writes fewer than ten: spf, dkim per signature, dmarc, arc, iprev...).
inline constexpr std::size_t kMaxResultsPerField = 50;

struct AuthProperty {
    std::string ptype;    // "smtp", "header", "body", "policy" (lower case)
    std::string property; // "mailfrom", "d", "from", ... (lower case)
    std::string value;    // unquoted
};

struct AuthResult {
    std::string method;        // lower case: "spf", "dkim", "dmarc", "arc", "iprev", ...
    std::string methodVersion; // "1" in "dkim/1=pass"; usually empty
    std::string result;        // lower case
    std::string reason;        // reason="..." (unquoted)
    std::vector<AuthProperty> properties;
    std::vector<std::string> comments; // the text of every comment inside this resinfo

    // The value of ptype.property, or "" when absent.
    std::string property(std::string_view ptype, std::string_view name) const;
};

struct AuthenticationResults {
    std::string text;       // the (unfolded) field value that was parsed; spans point into it
    int instance = 0;       // ARC-Authentication-Results i= (0 for plain Authentication-Results)
    std::string authservId; // the receiving host or ADMD that wrote the field
    std::string version;    // authres-version after the authserv-id, if any
    bool noResult = false;  // "; none": nothing was checked
    std::vector<AuthResult> results;
    Findings issues; // HEADERS-AR-* problems, severity warning, spans into text

    const AuthResult* find(std::string_view method) const; // the first result of that method
};

// Parses the value after "Authentication-Results:" (folding allowed). Never throws.
AuthenticationResults parseAuthenticationResults(std::string_view value);
// Parses the value after "ARC-Authentication-Results:" ("i=N;" then an Authentication-Results payload).
AuthenticationResults parseArcAuthenticationResults(std::string_view value);

// The Authentication-Results a receiver named authservId would add for this evaluation (RFC 8601 with
// the RFC 9989 §9.1 dmarc properties header.from and policy.dmarc).
AuthenticationResults buildAuthenticationResults(std::string_view authservId, const dmarc::EvaluationInput& input,
                                                 const dmarc::Evaluation& evaluation);
// "Authentication-Results: id;\r\n\tspf=pass smtp.mailfrom=...;..." folded one method per line (LF
// line ends when crlf is false).
std::string formatAuthenticationResults(const AuthenticationResults& results, bool crlf = false);

} // namespace dmarcplan::headers
