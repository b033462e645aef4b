#pragma once
// The seven results of check_host() (RFC 7208 §2.6).

#include <optional>
#include <string_view>

namespace dmarcplan::spf {

enum class Result { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

// "none", "neutral", "pass", "fail", "softfail", "temperror", "permerror" (the RFC 7208 §2.6 names).
std::string_view toString(Result result);
// The inverse of toString, case-insensitive; nullopt for anything else.
std::optional<Result> parseResult(std::string_view text);

} // namespace dmarcplan::spf
