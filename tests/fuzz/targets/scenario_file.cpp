// A user's scenario file (simulate --scenario-file, and the scenarios of a plan) through the JSON
// reader and the scenario library parser, extending the built-in library as the command does.
// The simulation itself is left out: each new actor would cost an RSA key generation per input.
#include "tests/fuzz/FuzzTarget.h"

#include "core/simulate/ScenarioLibrary.h"

#include <nlohmann/json.hpp>

using namespace dmarcplan;

DMARCPLAN_FUZZ_TARGET(scenario_file) {
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(input);
    } catch (const nlohmann::json::parse_error&) {
        return; // loadScenarioLibrary reports these with line and column
    }
    const auto& builtin = simulate::builtinScenarioLibrary();
    auto library = simulate::parseScenarioLibrary(json, &builtin);
    if (!library) {
        FUZZ_CHECK(!library.error().describe().empty());
        return;
    }
    FUZZ_CHECK(library->scenarios.size() >= builtin.scenarios.size());
    for (const auto& scenario : library->scenarios) {
        FUZZ_CHECK(library->findScenario(scenario.id) != nullptr);
        FUZZ_CHECK(!simulate::checkReferences(scenario, *library, "fuzz").has_value());
    }
    // On its own too, as a library file that does not extend anything.
    (void)simulate::parseScenarioLibrary(json);
}
