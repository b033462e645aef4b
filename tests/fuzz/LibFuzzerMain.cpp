// The libFuzzer entry point of a program built from exactly one target file.
#include "tests/fuzz/FuzzTarget.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto run = [] {
        const auto& targets = dmarcplan::fuzz::registeredTargets();
        if (targets.size() != 1) {
            std::fprintf(stderr, "a fuzz program must link exactly one target, found %zu\n", targets.size());
            std::abort();
        }
        return targets.front().run;
    }();
    run(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
