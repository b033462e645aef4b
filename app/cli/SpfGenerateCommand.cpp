#include "app/cli/SpfGenerateCommand.h"

#include "core/workspace/Workspace.h"
#include <ostream>

namespace dmarcplan::cli {

void SpfGenerateCommand::configure(CLI::App& app) {
    app.add_option("--domain", m_senders.domain, "Domain the record is published at (needed by --mx/--a)");
    app.add_option("--ip", m_senders.addresses, "An IPv4/IPv6 address or CIDR range that sends (repeatable)");
    app.add_flag("--mx", m_senders.mx, "The domain's MX hosts send");
    app.add_flag("--a", m_senders.a, "The domain's own address (A/AAAA) sends");
    app.add_option("--include", m_senders.includes, "A provider's SPF domain, e.g. _spf.google.com (repeatable)");
    app.add_option("--policy", m_policy, "For everyone else: fail (-all, default) or softfail (~all)")
        ->check(CLI::IsMember({"fail", "softfail", "-all", "~all"}));
    app.add_flag("--flatten", m_senders.flatten, "Also give the flattened variant when within the limit");
    app.add_option("--ttl", m_ttl, "TTL of the zone line (default 3600)");
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format, {OutputFormat::Text, OutputFormat::Json, OutputFormat::Zone});
}

int SpfGenerateCommand::execute(Context& context) {
    m_senders.policy =
        (m_policy == "softfail" || m_policy == "~all") ? spf::FinalPolicy::SoftFail : spf::FinalPolicy::Fail;
    auto ws = workspace::Workspace::open(m_dns);
    if (!ws) {
        context.err << "dmarcplan: " << ws.error().describe() << '\n';
        return kExitUsage;
    }
    auto generated = spf::generate(m_senders, *ws->current());
    if (!generated) {
        context.err << "dmarcplan: " << generated.error().describe() << '\n';
        return kExitUsage;
    }
    const auto& g = *generated;
    if (m_format == OutputFormat::Json) {
        printJson(context.out, spf::toJson(g));
    } else if (m_format == OutputFormat::Zone) {
        const auto& chosen = g.record.dnsLookups > 10 && g.flattened ? *g.flattened : g.record;
        context.out << chosen.zoneLine(m_ttl) << '\n';
    } else {
        auto print = [&](const char* title, const spf::GeneratedRecord& r) {
            context.out << title << ": " << r.text << '\n';
            context.out << "  dns lookups: " << r.dnsLookups << (r.lookupsComplete ? "" : " (at least)") << '\n';
            context.out << "  strings: " << r.strings.size() << '\n';
            context.out << "  zone line: " << r.zoneLine(m_ttl) << '\n';
        };
        print("record", g.record);
        if (g.flattened)
            print("flattened", *g.flattened);
        if (!g.notes.empty())
            printFindingsText(context.out, g.notes, context.outIsTerminal);
    }
    return hasErrors(g.notes) && !(g.flattened && g.flattened->dnsLookups <= 10) ? kExitFindings : kExitSuccess;
}

} // namespace dmarcplan::cli
