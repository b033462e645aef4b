#include "app/cli/SimulateCommand.h"

#include "app/cli/PlanInput.h"
#include "core/common/MessageCatalogue.h"
#include "core/simulate/PlanScenarios.h"
#include "core/simulate/Simulator.h"
#include "core/workspace/Workspace.h"

#include <optional>

#include <nlohmann/json.hpp>
#include <ostream>

namespace dmarcplan::cli {

void SimulateCommand::configure(CLI::App& app) {
    app.add_flag("--list", m_list, "List the scenarios and parameters, one line each, and exit");
    app.add_option("--domain", m_domain, "The domain to simulate (its records from live DNS or --zone)");
    app.add_option("--from", m_from, "The From domain to simulate (default: --domain, or the first zone's origin)");
    app.add_option("--scenario", m_scenarios, "Run only this scenario: id or number as --list shows (repeatable)");
    app.add_option("--set", m_set, "Change a parameter for this run, KEY=VALUE (repeatable; see --list)");
    app.add_option("--scenario-file", m_scenarioFiles,
                   "Add the actors and scenarios of this JSON file (the library's shape; repeatable)")
        ->check(CLI::ExistingFile);
    app.add_option("--key", m_keyFile,
                   "Private key (PEM) the domain signs with at the selector (--set selector=S); its published "
                   "record is what receivers verify against")
        ->check(CLI::ExistingFile);
    app.add_option("--plan", m_plan,
                   "Simulate the records this plan generates (over --zone files and live DNS) and run the "
                   "plan's own scenarios after the library's")
        ->check(CLI::ExistingFile);
    app.add_option("--catalogue", m_catalogue, "Provider catalogue for --plan instead of the installed one")
        ->check(CLI::ExistingFile);
    app.add_option("--org-domain", m_orgDomain, "How receivers find the organizational domain: psl|treewalk")
        ->check(CLI::IsMember({"psl", "treewalk"}));
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format);
}

namespace {

Result<simulate::ScenarioLibrary> buildLibrary(const std::vector<std::string>& files) {
    simulate::ScenarioLibrary library = simulate::builtinScenarioLibrary();
    for (const auto& file : files) {
        auto extended = simulate::loadScenarioLibrary(file, &library);
        if (!extended)
            return extended.error();
        library = std::move(*extended);
    }
    return library;
}

} // namespace

int SimulateCommand::list(Context& context) {
    auto library = buildLibrary(m_scenarioFiles);
    if (!library) {
        context.err << "dmarcplan: " << library.error().describe() << '\n';
        return kExitUsage;
    }
    if (m_format == OutputFormat::Json) {
        nlohmann::json scenarios = nlohmann::json::array();
        for (std::size_t i = 0; i < library->scenarios.size(); ++i) {
            const auto& s = library->scenarios[i];
            scenarios.push_back({{"number", i + 1},
                                 {"id", s.id},
                                 {"name", s.displayName()},
                                 {"description", s.displayDescription()},
                                 {"legitimate", s.legitimate},
                                 {"definition", simulate::toJson(s)}});
        }
        nlohmann::json parameters = nlohmann::json::array();
        for (const auto& p : simulate::parameterInfos())
            parameters.push_back(
                {{"key", p.key}, {"values", p.values}, {"description", renderMessage(p.descriptionCode, {})}});
        printJson(context.out, {{"scenarios", scenarios}, {"parameters", parameters}});
        return kExitSuccess;
    }
    std::size_t width = 0;
    for (const auto& s : library->scenarios)
        width = std::max(width, s.id.size());
    for (std::size_t i = 0; i < library->scenarios.size(); ++i) {
        const auto& s = library->scenarios[i];
        std::string number = std::to_string(i + 1);
        context.out << std::string(3 - std::min<std::size_t>(3, number.size()), ' ') << number << "  " << s.id
                    << std::string(width - s.id.size() + 2, ' ') << s.displayName() << ": " << s.displayDescription()
                    << '\n';
    }
    context.out << "\nParameters (--set KEY=VALUE):\n";
    std::size_t keyWidth = 0;
    for (const auto& p : simulate::parameterInfos())
        keyWidth = std::max(keyWidth, std::string(p.key).size());
    for (const auto& p : simulate::parameterInfos())
        context.out << "  " << p.key << std::string(keyWidth - std::string(p.key).size() + 2, ' ')
                    << renderMessage(p.descriptionCode, {}) << " (" << p.values << ")\n";
    return kExitSuccess;
}

int SimulateCommand::execute(Context& context) {
    if (m_list)
        return list(context);
    auto fail = [&](const InputError& error) {
        context.err << "dmarcplan: " << error.describe() << '\n';
        return kExitUsage;
    };
    auto library = buildLibrary(m_scenarioFiles);
    if (!library)
        return fail(library.error());
    std::optional<workspace::PlanInput> planInput;
    if (!m_plan.empty()) {
        auto input = loadPlanInput(m_plan, m_catalogue, context.err);
        if (!input)
            return kExitUsage;
        auto scenarios = simulate::scenariosFromPlan(input->plan);
        for (std::size_t i = 0; i < scenarios.size(); ++i)
            if (auto error = library->add(std::move(scenarios[i]), m_plan + ": $.scenarios[" + std::to_string(i) + "]"))
                return fail(*error);
        planInput = workspace::PlanInput{std::move(input->plan), std::move(input->catalogue), m_plan};
    }
    auto parameters = simulate::parseParameters(m_set, planInput ? simulate::parametersFromPlan(planInput->plan)
                                                                 : simulate::Parameters{});
    if (!parameters)
        return fail(parameters.error());
    // The plan's records (if any) over the zone files, whose mail-authentication records at the same
    // names they replace, over live DNS: the DNS as it would be after publishing the plan.
    auto ws = workspace::Workspace::open(m_dns, std::move(planInput));
    if (!ws)
        return fail(ws.error());
    std::string domain = !m_from.empty() ? m_from : !m_domain.empty() ? m_domain : ws->domain();
    if (domain.empty())
        return fail({"simulate", 0, 0, "give --domain D, --from D or a --zone file with an origin"});

    simulate::SimulatorOptions options;
    options.domain = domain;
    options.resolver = ws->published();
    options.library = std::move(*library);
    options.orgDomainMethod = *dmarc::orgDomainMethodFromString(m_orgDomain);
    options.keys = std::make_shared<simulate::KeyStore>();
    if (!m_keyFile.empty()) {
        auto key = dkim::KeyPair::load(m_keyFile);
        if (!key)
            return fail(key.error());
        options.keys->addUserKey(domain, parameters->selector, *key);
    }
    simulate::Simulator simulator(std::move(options));
    auto table = simulator.run(*parameters, m_scenarios);
    if (!table)
        return fail(table.error());

    if (m_format == OutputFormat::Json)
        printJson(context.out, simulate::toJson(*table));
    else
        context.out << simulate::renderText(*table);
    for (const auto& row : table->rows)
        if (row.dmarc == "temperror" || row.spf == "temperror")
            return kExitDnsFailure;
    return kExitSuccess;
}

} // namespace dmarcplan::cli
