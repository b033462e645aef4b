#include "core/common/Clock.h"

#include <atomic>

namespace dmarcplan {

namespace {
std::atomic<bool> fixed{false};
std::atomic<std::int64_t> fixedTime{0};
} // namespace

Clock::TimePoint Clock::now() {
    if (fixed.load())
        return TimePoint(std::chrono::seconds(fixedTime.load()));
    return std::chrono::system_clock::now();
}

std::int64_t Clock::unixNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(now().time_since_epoch()).count();
}

void Clock::setFixed(std::int64_t unixTime) {
    fixedTime.store(unixTime);
    fixed.store(true);
}

void Clock::reset() { fixed.store(false); }

} // namespace dmarcplan
