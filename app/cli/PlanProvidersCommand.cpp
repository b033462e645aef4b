#include "app/cli/PlanProvidersCommand.h"

#include "app/cli/PlanInput.h"

#include <ostream>

namespace dmarcplan::cli {

void PlanProvidersCommand::configure(CLI::App& app) {
    app.add_option("--catalogue", m_catalogue, "Catalogue file instead of the installed one")->check(CLI::ExistingFile);
    addFormatOption(app, m_format);
}

int PlanProvidersCommand::execute(Context& context) {
    auto catalogue = loadCatalogue(m_catalogue, context.err);
    if (!catalogue)
        return kExitUsage;
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
            list.push_back(j);
        }
        printJson(context.out, {{"catalogue", plan::Catalogue::defaultPath()}, {"providers", list}});
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
        for (const auto& url : p.documentation)
            context.out << "    " << url << "\n";
    }
    return kExitSuccess;
}

} // namespace dmarcplan::cli
