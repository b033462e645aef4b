#include "app/cli/PlanInput.h"

#include <ostream>

namespace dmarcplan::cli {

std::optional<plan::Catalogue> loadCatalogue(const std::string& cataloguePath, std::ostream& err) {
    auto catalogue = cataloguePath.empty() ? plan::Catalogue::loadDefault() : plan::Catalogue::load(cataloguePath);
    if (!catalogue) {
        err << "dmarcplan: " << catalogue.error().describe() << '\n';
        return std::nullopt;
    }
    return std::move(*catalogue);
}

std::optional<PlanInput> loadPlanInput(const std::string& planPath, const std::string& cataloguePath,
                                       std::ostream& err) {
    auto loaded = plan::loadPlan(planPath);
    if (!loaded) {
        err << "dmarcplan: " << loaded.error().describe() << '\n';
        return std::nullopt;
    }
    auto catalogue = loadCatalogue(cataloguePath, err);
    if (!catalogue)
        return std::nullopt;
    return PlanInput{std::move(*loaded), std::move(*catalogue)};
}

} // namespace dmarcplan::cli
