#pragma once
// What the views derive from a plan: every record it generates (core/plan's generator) and every
// finding for them (the generator's own PLAN-* findings and core/check's zone lint of the records as
// the zone they would become, as `dmarcplan lint --plan` does: the settings' zone files supply the
// domain's other records, names outside them are looked up as the DNS settings say). Runs on a
// worker thread; planFieldFor() says where in the plan a finding comes from.

#include "core/common/Finding.h"
#include "core/dns/ResolverFactory.h"
#include "core/plan/Catalogue.h"
#include "core/plan/Generator.h"
#include "core/workspace/Workspace.h"

#include <QString>
#include <memory>
#include <optional>

namespace dmarcplan::ui {

struct PlanAnalysis {
    std::optional<plan::GeneratedPlan> generated; // absent when the plan cannot be generated
    // What the domain would publish: the plan's records over the settings' zone files (whose SPF,
    // DKIM and DMARC records at the plan's names they replace). Linted and simulated as one zone.
    dns::ZoneData zone;
    // Where the records were analysed: published() is the DNS the Scenarios view simulates. Shared
    // with the view's workers (its const methods are thread-safe); null when nothing was generated.
    std::shared_ptr<const workspace::Workspace> workspace;
    Findings findings;
    QString error; // why nothing was generated (an InputError, the DNS settings)
};

PlanAnalysis analysePlan(const plan::Plan& plan, const plan::Catalogue& catalogue, const dns::ResolverOptions& options,
                         const std::string& sourceName);

// The plan field a finding is about, in the generator's `source` terms ("sources[1] (office)",
// "dkim[0]", "dmarc", "domain"): through the record it names, else its selector or provider.
QString planFieldFor(const Finding& finding, const plan::GeneratedPlan& generated, const plan::Plan& plan);

} // namespace dmarcplan::ui
