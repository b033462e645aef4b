#include "core/simulate/ScenarioLibrary.h"

#include "core/plan/JsonReader.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>

namespace dmarcplan::simulate {

namespace detail {
extern const std::string_view kBuiltinScenarioLibrary;
}

namespace {

std::set<std::string> actorNames(const Scenario& scenario) {
    std::set<std::string> names{scenario.sender};
    for (const auto& signature : scenario.signatures)
        if (!signature.actor.empty())
            names.insert(signature.actor);
    for (const auto& step : scenario.steps)
        if (!step.actor.empty())
            names.insert(step.actor);
    return names;
}

// nlohmann reports "at line L, column C" in its parse errors; pull them out for InputError.
InputError jsonSyntaxError(const std::string& source, const nlohmann::json::parse_error& e) {
    InputError error{source, 0, 0, e.what()};
    std::string what = e.what();
    auto line = what.find("line ");
    auto column = what.find("column ");
    if (line != std::string::npos && column != std::string::npos) {
        error.line = std::atoi(what.c_str() + line + 5);
        error.column = std::atoi(what.c_str() + column + 7);
        auto colon = what.find(": ", column);
        if (colon != std::string::npos)
            error.message = what.substr(colon + 2);
    }
    return error;
}

} // namespace

const Actor* ScenarioLibrary::findActor(std::string_view name) const {
    for (const auto& actor : actors)
        if (actor.name == name)
            return &actor;
    return nullptr;
}

const Scenario* ScenarioLibrary::findScenario(std::string_view id) const {
    for (const auto& scenario : scenarios)
        if (scenario.id == id)
            return &scenario;
    return nullptr;
}

std::optional<InputError> checkReferences(const Scenario& scenario, const ScenarioLibrary& library,
                                          const std::string& path) {
    for (const auto& name : actorNames(scenario)) {
        bool inline_ = false;
        for (const auto& actor : scenario.actors)
            inline_ = inline_ || actor.name == name;
        if (!inline_ && !library.findActor(name))
            return InputError{path, 0, 0, "unknown actor \"" + name + "\""};
    }
    return std::nullopt;
}

std::optional<InputError> ScenarioLibrary::add(Scenario scenario, const std::string& path) {
    if (findScenario(scenario.id))
        return InputError{path + ".id", 0, 0, "a scenario with id \"" + scenario.id + "\" already exists"};
    if (auto error = checkReferences(scenario, *this, path))
        return error;
    scenarios.push_back(std::move(scenario));
    return std::nullopt;
}

Result<ScenarioLibrary> parseScenarioLibrary(const nlohmann::json& json, const ScenarioLibrary* extending) {
    if (!json.is_object())
        return InputError{"$", 0, 0, "expected an object with \"version\", \"actors\" and \"scenarios\""};
    for (const auto& [key, value] : json.items())
        if (key != "version" && key != "actors" && key != "scenarios")
            return InputError{key, 0, 0, "unknown key \"" + key + "\""};
    ScenarioLibrary library = extending ? *extending : ScenarioLibrary{};
    if (json.contains("version")) {
        if (!json["version"].is_number_integer() || json["version"].get<int>() != 1)
            return InputError{"version", 0, 0, "unsupported version (this program reads version 1)"};
    }
    if (json.contains("actors")) {
        if (!json["actors"].is_object())
            return InputError{"actors", 0, 0, "expected an object of actors by name"};
        for (const auto& [name, value] : json["actors"].items()) {
            auto actor = parseActor(name, value, "actors." + name);
            if (!actor)
                return actor.error();
            if (library.findActor(name))
                return InputError{"actors." + name, 0, 0, "an actor of that name already exists"};
            library.actors.push_back(std::move(*actor));
        }
    }
    if (!json.contains("scenarios") || !json["scenarios"].is_array())
        return InputError{"scenarios", 0, 0, "expected an array of scenarios"};
    const auto& list = json["scenarios"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        std::string path = "scenarios[" + std::to_string(i) + "]";
        auto scenario = parseScenario(list[i], path);
        if (!scenario)
            return scenario.error();
        if (auto error = library.add(std::move(*scenario), path))
            return *error;
    }
    return library;
}

Result<ScenarioLibrary> loadScenarioLibrary(const std::string& path, const ScenarioLibrary* extending) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot read file"};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    nlohmann::json json;
    try {
        json = plan::json_reader::parseRejectingDuplicateKeys(buffer.str(), "");
    } catch (const plan::json_reader::PathError& e) {
        return InputError{path, 0, 0, e.path + ": " + e.message};
    } catch (const nlohmann::json::parse_error& e) {
        return jsonSyntaxError(path, e);
    } catch (const nlohmann::json::exception& e) {
        return InputError{path, 0, 0, e.what()}; // out_of_range: a number too large ("1e999")
    }
    auto library = parseScenarioLibrary(json, extending);
    if (!library) {
        auto error = library.error();
        error.message = error.source + ": " + error.message;
        error.source = path;
        return error;
    }
    return library;
}

std::string_view builtinScenarioLibraryJson() {
    return detail::kBuiltinScenarioLibrary;
}

const ScenarioLibrary& builtinScenarioLibrary() {
    // The data is part of the program and checked by the tests: failing to read it is a build defect.
    static const ScenarioLibrary library = [] {
        auto parsed =
            parseScenarioLibrary(plan::json_reader::parseRejectingDuplicateKeys(detail::kBuiltinScenarioLibrary, ""));
        if (!parsed)
            throw std::logic_error("built-in scenario library: " + parsed.error().describe());
        return *parsed;
    }();
    return library;
}

} // namespace dmarcplan::simulate
