#pragma once
// Runs a plan's user-defined scenarios: turns the plan file's scenario shape (core/plan) into the
// simulator's model, and derives run parameters (selector, key algorithm) from the plan's DKIM keys.

#include "core/plan/Plan.h"
#include "core/simulate/Parameters.h"
#include "core/simulate/Scenario.h"

#include <vector>

namespace dmarcplan::simulate {

// One simulator scenario per plan scenario. Intermediaries become steps run by actors defined in the
// scenario itself (their domain and address as the plan gives them, or the library's defaults);
// signatures with d= the plan's domain are the author's, others an actor's own signature.
std::vector<Scenario> scenariosFromPlan(const plan::Plan& plan);

// Parameters a plan implies unless the user overrides them with --set: its first DKIM selector and
// the key algorithms it uses (rsa, ed25519 or both).
Parameters parametersFromPlan(const plan::Plan& plan);

} // namespace dmarcplan::simulate
