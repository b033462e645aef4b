#include "core/spf/Result.h"

#include "core/common/DomainName.h"

#include <array>
#include <utility>

namespace dmarcplan::spf {

namespace {
constexpr std::array<std::pair<Result, std::string_view>, 7> kNames = {{
    {Result::None, "none"},
    {Result::Neutral, "neutral"},
    {Result::Pass, "pass"},
    {Result::Fail, "fail"},
    {Result::SoftFail, "softfail"},
    {Result::TempError, "temperror"},
    {Result::PermError, "permerror"},
}};
} // namespace

std::string_view toString(Result result) {
    for (const auto& [r, name] : kNames)
        if (r == result)
            return name;
    return "none";
}

std::optional<Result> parseResult(std::string_view text) {
    for (const auto& [r, name] : kNames)
        if (equalsIgnoreCase(name, text))
            return r;
    return std::nullopt;
}

} // namespace dmarcplan::spf
