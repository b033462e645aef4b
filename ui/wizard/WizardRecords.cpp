#include "ui/wizard/WizardRecords.h"

#include "core/dkim/KeyRecordLinter.h"
#include "core/dmarc/Linter.h"
#include "core/spf/Linter.h"

#include <algorithm>

namespace dmarcplan::ui::wizard {

namespace {

void addFindings(Findings& into, Findings findings, const std::string& record) {
    for (auto& finding : findings) {
        if (finding.record.empty())
            finding.record = record;
        // The generator already linted the DMARC text without DNS: keep one of each.
        const bool known = std::any_of(into.begin(), into.end(), [&](const Finding& other) {
            return other.code == finding.code && other.params == finding.params;
        });
        if (!known)
            into.push_back(std::move(finding));
    }
}

// Lints the records as if published: SPF against the DNS as it is now (what its mechanisms name
// exists already), DMARC in the DNS after publishing the plan (its report authorisations answer).
void lint(plan::GeneratedPlan& generated, const workspace::Workspace& ws) {
    for (const auto& record : generated.records) {
        if (record.pending || record.type != "TXT")
            continue;
        if (record.purpose == "spf")
            addFindings(generated.findings,
                        spf::analyzeRecordStrings(record.strings, record.name, *ws.current()).findings, record.value);
        else if (record.purpose == "dkim")
            addFindings(generated.findings, dkim::KeyRecordLinter::lintRecord(record.value, record.strings).findings,
                        record.value);
        else if (record.purpose == "dmarc")
            addFindings(generated.findings, dmarc::lintRecord(record.value, generated.domain, ws.published().get()),
                        record.value);
    }
}

} // namespace

Result<plan::GeneratedPlan> generateWizardRecords(const workspace::Workspace& ws) {
    if (!ws.generated())
        return InputError{"wizard", 0, 0, "the workspace has no plan"};
    plan::GeneratedPlan generated = *ws.generated();
    const plan::Plan& plan = *ws.plan();
    if (plan.sources.empty()) {
        // RFC 7505: a domain that sends no mail usually receives none either; a null MX says so.
        plan::GeneratedRecord nullMx;
        nullMx.name = plan.domain;
        nullMx.type = "MX";
        nullMx.value = ".";
        nullMx.preference = 0;
        nullMx.ttl = plan.ttl ? unsigned(*plan.ttl) : 3600;
        nullMx.purpose = "null_mx";
        nullMx.source = "sources (none)";
        generated.records.insert(generated.records.begin() + 1, std::move(nullMx));
    }
    lint(generated, ws);
    return generated;
}

Result<plan::GeneratedPlan> generateWizardRecords(const plan::Plan& plan, const plan::Catalogue& catalogue,
                                                  const dns::ResolverPtr& resolver) {
    auto ws = workspace::Workspace::over(resolver, workspace::PlanInput{plan, catalogue, "wizard"});
    if (!ws)
        return ws.error();
    return generateWizardRecords(*ws);
}

std::string displayValue(const plan::GeneratedRecord& record) {
    return record.type == "MX" ? std::to_string(record.preference) + " " + record.value : record.value;
}

} // namespace dmarcplan::ui::wizard
