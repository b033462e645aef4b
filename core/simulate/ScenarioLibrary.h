#pragma once
// The scenario library: the actors (intermediaries with their own domains and servers) and the
// scenarios. The built-in library is resources/scenarios/library.json, compiled into the program;
// plan files add scenarios of their own in the same shape (see Scenario.h).

#include "core/common/Result.h"
#include "core/simulate/Scenario.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::simulate {

struct ScenarioLibrary {
    int version = 1;
    std::vector<Actor> actors;
    std::vector<Scenario> scenarios;

    const Actor* findActor(std::string_view name) const;
    const Scenario* findScenario(std::string_view id) const;

    // Adds a scenario (a user's, from a plan): its id must be new and every actor it names must exist
    // in the library or in the scenario itself. `path` names it in errors ("plan.scenarios[0]").
    std::optional<InputError> add(Scenario scenario, const std::string& path = "scenario");
};

// {"version": 1, "actors": {NAME: actor...}, "scenarios": [scenario...]}; errors name the JSON path.
// With `extending`, the result is that library plus these actors and scenarios (which may use its
// actors; names and ids must be new).
Result<ScenarioLibrary> parseScenarioLibrary(const nlohmann::json& json, const ScenarioLibrary* extending = nullptr);
// Reads a library file; a JSON syntax error names file, line and column, other errors the JSON path.
Result<ScenarioLibrary> loadScenarioLibrary(const std::string& path, const ScenarioLibrary* extending = nullptr);

// The built-in library (parsed once; the data is checked by the tests).
const ScenarioLibrary& builtinScenarioLibrary();
std::string_view builtinScenarioLibraryJson();

// Every actor `scenario` refers to exists in `library` or in the scenario itself.
std::optional<InputError> checkReferences(const Scenario& scenario, const ScenarioLibrary& library,
                                          const std::string& path);

} // namespace dmarcplan::simulate
