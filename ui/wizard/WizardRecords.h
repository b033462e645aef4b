#pragma once
// What the wizard's plan asks to publish: core's plan generator (SPF from the senders, the DKIM key
// records and the CNAMEs of providers that host the key, DMARC with the report authorisations of
// destinations the owner runs), a null MX for a domain that sends no mail, and the linters' findings
// for those records as if they were published.

#include "core/dns/Resolver.h"
#include "core/plan/Generator.h"
#include "core/workspace/Workspace.h"

#include <string>

namespace dmarcplan::ui::wizard {

// The records of the workspace's plan, linted in its DNS (current for what they refer to, published
// for the report authorisations). An InputError when the workspace has no plan.
Result<plan::GeneratedPlan> generateWizardRecords(const workspace::Workspace& ws);
// The same over `resolver` as current DNS. `resolver` answers what the records refer to (providers' SPF includes,
// report destinations). Input errors: a plan the generator cannot use (bad address, bad report address).
Result<plan::GeneratedPlan> generateWizardRecords(const plan::Plan& plan, const plan::Catalogue& catalogue,
                                                  const dns::ResolverPtr& resolver);

// The value as DNS control panels ask for it ("0 ." for the null MX).
std::string displayValue(const plan::GeneratedRecord& record);

} // namespace dmarcplan::ui::wizard
