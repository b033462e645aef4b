#pragma once
// One fuzz target per parser that reads outside input. A target is a function of the raw input bytes
// that runs the parser (and what consumes its result) and checks the promises its interface makes;
// a broken promise aborts, so libFuzzer and the replay test both see it as a failure.
//
// The same target code is built two ways: as a libFuzzer program with clang (WITH_FUZZING, the `fuzz`
// preset) and into the GoogleTest program test_fuzz_replay, which runs every seed and every kept crash
// input with the project's own compiler so regressions are caught without clang.

#include <cstddef>
#include <string_view>
#include <vector>

namespace dmarcplan::fuzz {

using TargetFunction = void (*)(std::string_view input);

struct Target {
    const char* name; // also the folder name under corpus/ and regressions/
    TargetFunction run;
};

// Every target linked into this program, in registration order.
std::vector<Target>& registeredTargets();

struct Registration {
    Registration(const char* name, TargetFunction run) { registeredTargets().push_back({name, run}); }
};

// Aborts with the condition's text when a promise is broken (assert() would vanish under NDEBUG).
[[noreturn]] void fail(const char* file, int line, const char* condition);

} // namespace dmarcplan::fuzz

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::dmarcplan::fuzz::fail(__FILE__, __LINE__, #condition);                                                   \
    } while (false)

// DMARCPLAN_FUZZ_TARGET(spf_record) { ... `input` ... } defines and registers a target.
#define DMARCPLAN_FUZZ_TARGET(targetName)                                                                              \
    static void fuzzTarget_##targetName(std::string_view input);                                                       \
    static const ::dmarcplan::fuzz::Registration fuzzRegistration_##targetName{#targetName, &fuzzTarget_##targetName}; \
    static void fuzzTarget_##targetName(std::string_view input)
