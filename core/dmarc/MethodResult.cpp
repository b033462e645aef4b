#include "core/dmarc/MethodResult.h"

#include "core/common/DomainName.h"

#include <array>
#include <utility>

namespace dmarcplan::dmarc {

namespace {
constexpr std::array<std::pair<MethodResult, std::string_view>, 8> kNames = {{
    {MethodResult::None, "none"},
    {MethodResult::Pass, "pass"},
    {MethodResult::Fail, "fail"},
    {MethodResult::SoftFail, "softfail"},
    {MethodResult::Neutral, "neutral"},
    {MethodResult::TempError, "temperror"},
    {MethodResult::PermError, "permerror"},
    {MethodResult::Policy, "policy"},
}};
} // namespace

std::string_view toString(MethodResult result) {
    for (const auto& [value, name] : kNames)
        if (value == result)
            return name;
    return "none";
}

std::optional<MethodResult> methodResultFromString(std::string_view text) {
    for (const auto& [value, name] : kNames)
        if (equalsIgnoreCase(text, name))
            return value;
    // RFC 8601 §2.7.1/§2.7.2 older spellings some receivers still print.
    if (equalsIgnoreCase(text, "hardfail"))
        return MethodResult::Fail;
    if (equalsIgnoreCase(text, "temperr") || equalsIgnoreCase(text, "error"))
        return MethodResult::TempError;
    if (equalsIgnoreCase(text, "permerr"))
        return MethodResult::PermError;
    return std::nullopt;
}

} // namespace dmarcplan::dmarc
