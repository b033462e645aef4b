#pragma once
// check_host() exactly as RFC 7208 §4 to §8 define it: record selection, every mechanism, redirect,
// include, exp= with macro expansion, the DNS lookup and void lookup limits, temperror on DNS failure.
// Stateless and free of globals: call it from any number of threads with a thread-safe resolver.

#include "core/common/Message.h"
#include "core/common/Result.h"
#include "core/dns/Resolver.h"
#include "core/spf/Address.h"
#include "core/spf/Result.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::spf {

struct CheckRequest {
    std::string ip;                   // the SMTP client's address
    std::string sender;               // MAIL FROM address, or empty for a null reverse-path (then HELO is checked)
    std::string helo;                 // HELO/EHLO name (%{h}; the identity when sender is empty)
    std::string receiver = "unknown"; // %{r} in explanations
    // The explanation given for "fail" when the domain has no usable exp= (empty: the catalogue's
    // default text, message SPF-EXPLANATION-DEFAULT).
    std::optional<std::string> defaultExplanation;
    int lookupLimit = 10; // §4.6.4 terms causing DNS lookups
    int voidLimit = 2;    // §4.6.4 void lookups
};

// What happened during evaluation, in order (the CLI prints it; the GUI shows it as a tree by depth).
struct TraceStep {
    enum class Kind { Record, Term, Dns, Result, Note };
    Kind kind = Kind::Note;
    int depth = 0;        // 0 = the checked domain, 1 = inside its include/redirect, ...
    std::string domain;   // the domain whose record is being evaluated
    std::string text;     // Record: the record; Term: the term; Dns: "name TYPE"; Result: the deciding term
    std::string detail;   // Term: "match"/"no match"/result; Dns: status and values; Result: the result
    std::string code;     // Note: a catalogue code (limit exceeded, syntax error, ...)
    MessageParams params; // Note: the code's parameters
};

std::string_view toString(TraceStep::Kind kind); // "record", "term", "dns", "result", "note"

struct CheckOutcome {
    Result result = Result::None;
    std::string explanation; // for fail: the exp= text or the default explanation; empty otherwise
    bool explanationFromRecord = false;
    std::string domain;       // the checked domain: MAIL FROM's domain, or HELO when MAIL FROM is empty
    std::string sender;       // the sender used (postmaster@HELO for a null MAIL FROM)
    std::string decidingTerm; // the term that matched at the top level ("" = default result / none)
    int dnsLookups = 0;       // terms that caused DNS queries (the §4.6.4 count)
    int voidLookups = 0;
    std::vector<TraceStep> trace;
    std::optional<InputError> inputError; // the request itself was unusable (bad IP): result is permerror
};

// Checks the identity of a request: MAIL FROM, or postmaster@HELO when MAIL FROM is empty (§2.3, §2.4).
CheckOutcome checkHost(dns::Resolver& resolver, const CheckRequest& request);

// The lower-level form: check_host(<ip>, <domain>, <sender>) of §4.1; request supplies helo,
// receiver and the limits (its ip and sender fields are ignored).
CheckOutcome checkHost(dns::Resolver& resolver, const IpAddress& ip, std::string_view domain, std::string_view sender,
                       const CheckRequest& context = {});

// Validates the request's fields a user types (the IP address); nullopt when usable.
std::optional<InputError> validateRequest(const CheckRequest& request);

// {result, explanation, domain, sender, deciding_term, dns_lookups, void_lookups, trace:[...]}.
nlohmann::json toJson(const CheckOutcome& outcome);
nlohmann::json toJson(const TraceStep& step);

} // namespace dmarcplan::spf
