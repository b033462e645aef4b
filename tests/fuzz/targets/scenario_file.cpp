// A user's scenario file (simulate --scenario-file, and the scenarios of a plan) through
// loadScenarioLibrary as the command calls it: the JSON reader and the scenario library parser,
// extending the built-in library. The simulation itself is left out: each new actor would cost an
// RSA key generation per input.
#include "tests/fuzz/FuzzTarget.h"

#include "core/simulate/ScenarioLibrary.h"

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace dmarcplan;

DMARCPLAN_FUZZ_TARGET(scenario_file) {
    // The loader reads a path; one scratch file per process.
    static const std::string path = "/tmp/dmarcplan-fuzz-scenarios-" + std::to_string(getpid()) + ".json";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(input.data(), static_cast<std::streamsize>(input.size()));
    }
    const auto& builtin = simulate::builtinScenarioLibrary();
    auto library = simulate::loadScenarioLibrary(path, &builtin);
    std::remove(path.c_str());
    if (!library) {
        FUZZ_CHECK(!library.error().describe().empty());
        return;
    }
    FUZZ_CHECK(library->scenarios.size() >= builtin.scenarios.size());
    for (const auto& scenario : library->scenarios) {
        FUZZ_CHECK(library->findScenario(scenario.id) != nullptr);
        FUZZ_CHECK(!simulate::checkReferences(scenario, *library, "fuzz").has_value());
    }
}
