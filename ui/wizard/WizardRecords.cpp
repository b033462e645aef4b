#include "ui/wizard/WizardRecords.h"

#include "core/dkim/KeyRecordLinter.h"
#include "core/dmarc/Linter.h"
#include "core/dns/ResolverFactory.h"
#include "core/dns/ZoneData.h"
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

// Lints the records as if published: the report authorisations are served from an overlay zone (so
// the DMARC linter finds them), every other name by the user's resolver.
void lint(plan::GeneratedPlan& generated, const dns::ResolverPtr& fallback) {
    dns::ZoneData overlay;
    for (const auto& record : generated.records) {
        if (record.purpose != "report_authorization" || record.pending)
            continue;
        overlay.addOrigin(record.name);
        overlay.addRecord(dns::Record::makeTxt(record.name, record.strings, record.ttl));
    }
    auto resolver = dns::makeResolver(std::move(overlay), fallback);
    for (const auto& record : generated.records) {
        if (record.pending || record.type != "TXT")
            continue;
        if (record.purpose == "spf")
            addFindings(generated.findings, spf::analyzeRecordStrings(record.strings, record.name, *resolver).findings,
                        record.value);
        else if (record.purpose == "dkim")
            addFindings(generated.findings, dkim::KeyRecordLinter::lintRecord(record.value, record.strings).findings,
                        record.value);
        else if (record.purpose == "dmarc")
            addFindings(generated.findings, dmarc::lintRecord(record.value, generated.domain, resolver.get()),
                        record.value);
    }
}

} // namespace

Result<plan::GeneratedPlan> generateWizardRecords(const plan::Plan& plan, const plan::Catalogue& catalogue,
                                                  const dns::ResolverPtr& resolver) {
    auto generated = plan::generateRecords(plan, catalogue);
    if (!generated)
        return generated.error();
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
        generated->records.insert(generated->records.begin() + 1, std::move(nullMx));
    }
    lint(*generated, resolver);
    return generated;
}

std::string displayValue(const plan::GeneratedRecord& record) {
    return record.type == "MX" ? std::to_string(record.preference) + " " + record.value : record.value;
}

} // namespace dmarcplan::ui::wizard
