#pragma once
// A time seam: DKIM t=/x= and cache expiry ask the clock, tests set it.

#include <chrono>
#include <cstdint>
#include <functional>

namespace dmarcplan {

class Clock {
public:
    using TimePoint = std::chrono::system_clock::time_point;
    static TimePoint now();
    static std::int64_t unixNow();
    // Fixes the clock at a Unix time for the current process (tests, `--now`); reset() restores it.
    static void setFixed(std::int64_t unixTime);
    static void reset();
};

} // namespace dmarcplan
