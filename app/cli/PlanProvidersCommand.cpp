#include "app/cli/PlanProvidersCommand.h"

#include "app/cli/PlanInput.h"
#include "core/dns/ParallelResolver.h"
#include "core/plan/CatalogueVerifier.h"
#include "core/workspace/Workspace.h"

#include <ostream>

namespace dmarcplan::cli {

void PlanProvidersCommand::configure(CLI::App& app) {
    app.add_option("--catalogue", m_catalogue, "Catalogue file instead of the installed one")->check(CLI::ExistingFile);
    app.add_flag("--verify", m_verify,
                 "Resolve every SPF include and DKIM/return-path CNAME target the catalogue states; report the ones "
                 "that no longer exist or exceed the 10-lookup limit on their own");
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format);
}

namespace {

nlohmann::json sourcesJson(const plan::Provider& p) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& s : p.sources)
        list.push_back({{"url", s.url}, {"read", s.read}, {"facts", s.facts}});
    return list;
}

} // namespace

int PlanProvidersCommand::verify(Context& context, const plan::Catalogue& catalogue) {
    auto ws = workspace::Workspace::open(m_dns);
    if (!ws) {
        context.err << "dmarcplan: " << ws.error().describe() << '\n';
        return kExitUsage;
    }
    dns::ParallelResolver pool(ws->current());
    auto checks = plan::verifyCatalogue(catalogue, pool);
    bool problems = false, temperror = false;
    for (const auto& c : checks) {
        problems = problems || c.problem();
        temperror = temperror || c.status == "temperror";
    }
    if (m_format == OutputFormat::Json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& c : checks) {
            nlohmann::json j = {{"provider", c.provider}, {"fact", c.fact}, {"name", c.name}, {"status", c.status}};
            if (c.lookups)
                j["lookups"] = c.lookups;
            if (!c.detail.empty())
                j["detail"] = c.detail;
            list.push_back(j);
        }
        printJson(context.out, {{"checks", list}, {"problems", problems}});
    } else {
        std::size_t bad = 0;
        for (const auto& c : checks) {
            if (!c.problem())
                continue;
            ++bad;
            context.out << c.provider << "  " << c.fact << "  " << c.name << ": " << c.status;
            if (!c.detail.empty())
                context.out << " (" << c.detail << ")";
            context.out << "\n";
        }
        context.out << checks.size() << " names checked, " << bad << (bad == 1 ? " problem" : " problems") << "\n";
    }
    if (temperror)
        return kExitDnsFailure;
    return problems ? kExitFindings : kExitSuccess;
}

int PlanProvidersCommand::execute(Context& context) {
    auto catalogue = loadCatalogue(m_catalogue, context.err);
    if (!catalogue)
        return kExitUsage;
    if (m_verify)
        return verify(context, *catalogue);
    if (m_format == OutputFormat::Json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& p : catalogue->providers()) {
            nlohmann::json j = {{"id", p.id},
                                {"name", p.name},
                                {"region", p.region},
                                {"documentation", p.documentation},
                                {"options", p.options}};
            if (p.spf.include)
                j["spf_include"] = *p.spf.include;
            if (p.spf.mailFrom)
                j["mail_from"] = plan::toString(*p.spf.mailFrom);
            if (p.dkim) {
                j["dkim"] = {{"method", plan::toString(p.dkim->method)},
                             {"selectors", p.dkim->selectors},
                             {"selectors_per_account", p.dkim->selectorsPerAccount}};
                if (p.dkim->cnameTarget)
                    j["dkim"]["cname_target"] = *p.dkim->cnameTarget;
            }
            if (p.returnPath)
                j["custom_return_path"] = p.returnPath->supported;
            if (p.signsWithCustomerDomain)
                j["signs_with_customer_domain"] = *p.signsWithCustomerDomain;
            if (!p.nameJa.empty())
                j["name_ja"] = p.nameJa;
            if (p.description)
                j["description"] = {{"en", p.description->en}, {"ja", p.description->ja}};
            if (p.notes)
                j["notes"] = *p.notes;
            if (p.notesJa)
                j["notes_ja"] = *p.notesJa;
            if (!p.regions.empty()) {
                j["regions"] = nlohmann::json::array();
                for (const auto& r : p.regions)
                    j["regions"].push_back({{"id", r.id}, {"name", r.name}});
            }
            j["unknown"] = p.unknown;
            j["spf_unknown"] = p.spfUnknown();
            j["sources"] = sourcesJson(p);
            list.push_back(j);
        }
        printJson(context.out, {{"catalogue", m_catalogue.empty() ? plan::Catalogue::defaultPath() : m_catalogue},
                                {"schema", catalogue->schemaVersion()},
                                {"providers", list}});
        return kExitSuccess;
    }
    for (const auto& p : catalogue->providers()) {
        context.out << p.id << "  " << p.name << (p.region == "global" ? "" : "  [" + p.region + "]") << "\n";
        context.out << "    SPF include: " << p.spf.include.value_or("-");
        if (p.spf.mailFrom)
            context.out << " (envelope sender: " << plan::toString(*p.spf.mailFrom) << "'s domain)";
        context.out << "\n    DKIM: ";
        if (!p.dkim)
            context.out << "records generated per account";
        else {
            context.out << plan::toString(p.dkim->method);
            if (!p.dkim->selectors.empty()) {
                context.out << ", selectors";
                for (const auto& s : p.dkim->selectors)
                    context.out << ' ' << s;
            } else {
                context.out << ", selectors per account";
            }
        }
        context.out << "\n    custom return path: "
                    << (p.returnPath ? (p.returnPath->supported ? "yes" : "no") : "not documented") << "\n";
        if (!p.unknown.empty()) {
            context.out << "    not in the documentation:";
            for (const auto& fact : p.unknown)
                context.out << ' ' << fact;
            context.out << "\n";
        }
        if (p.sources.empty())
            for (const auto& url : p.documentation)
                context.out << "    " << url << "\n";
        for (const auto& s : p.sources)
            context.out << "    " << s.url << " (read " << s.read << ")\n";
    }
    return kExitSuccess;
}

} // namespace dmarcplan::cli
