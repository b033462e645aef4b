#pragma once
// Loading a plan and the provider catalogue for the commands that take --plan (generate, lint),
// with the error message printed the same way everywhere.

#include "core/plan/Catalogue.h"
#include "core/plan/Plan.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace dmarcplan::cli {

struct PlanInput {
    plan::Plan plan;
    plan::Catalogue catalogue;
};

// `cataloguePath` empty: the installed catalogue. Prints "dmarcplan: FILE: ..." and returns nullopt
// on an input error (the caller exits with kExitUsage).
std::optional<plan::Catalogue> loadCatalogue(const std::string& cataloguePath, std::ostream& err);
std::optional<PlanInput> loadPlanInput(const std::string& planPath, const std::string& cataloguePath,
                                       std::ostream& err);

} // namespace dmarcplan::cli
