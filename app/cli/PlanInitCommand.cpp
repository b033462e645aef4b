#include "app/cli/PlanInitCommand.h"

#include "app/cli/TerminalText.h"
#include "core/common/AtomicFile.h"
#include "core/common/DomainName.h"
#include "core/plan/Plan.h"

#include <ostream>

namespace dmarcplan::cli {

void PlanInitCommand::configure(CLI::App& app) {
    app.add_option("--domain", m_domain, "The domain the plan is for")->required();
    app.add_option("--out", m_out, "Where to write the plan (default: DOMAIN.dmarcplan.json; - for standard output)");
    app.add_flag("--force", m_force, "Replace the file if it exists");
}

int PlanInitCommand::execute(Context& context) {
    if (!isValidDomainName(m_domain)) {
        context.err << "dmarcplan: --domain: \"" << m_domain << "\" is not a valid domain name\n";
        return kExitUsage;
    }
    auto plan = plan::starterPlan(m_domain);
    if (m_out == "-") {
        writeExact(context.out, plan::planToJson(plan));
        return kExitSuccess;
    }
    auto out = m_out.empty() ? plan.domain + ".dmarcplan.json" : m_out;
    WriteOptions options;
    options.overwrite = m_force;
    auto written = writeFileAtomically(out, plan::planToJson(plan), options);
    if (!written) {
        context.err << "dmarcplan: " << written.error().describe() << '\n';
        return kExitUsage;
    }
    context.out << "Wrote " << out << ": edit its sources, DKIM selectors and DMARC stage, then run\n"
                << "  dmarcplan generate --plan " << out << "\n";
    return kExitSuccess;
}

} // namespace dmarcplan::cli
