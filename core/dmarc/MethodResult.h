#pragma once
// The result of an underlying authentication method (SPF or DKIM) as DMARC consumes it, with the
// RFC 8601 §2.7 result names. The SPF and DKIM engines have their own richer result types; callers
// map them to this (dmarc::fromString accepts the names they print).

#include <optional>
#include <string_view>

namespace dmarcplan::dmarc {

enum class MethodResult { None, Pass, Fail, SoftFail, Neutral, TempError, PermError, Policy };

std::string_view toString(MethodResult result);                            // "none", "pass", "fail", "softfail", ...
std::optional<MethodResult> methodResultFromString(std::string_view text); // case-insensitive

} // namespace dmarcplan::dmarc
