#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan simulate: the combination table of scenarios, computed by the SPF, DKIM and DMARC engines.
class SimulateCommand : public Command {
public:
    std::string path() const override { return "simulate"; }
    std::string description() const override {
        return "Simulate forwarding, mailing lists, providers and spoofing against a domain's records";
    }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    int list(Context& context);

    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
    std::string m_domain;
    std::string m_from;
    std::vector<std::string> m_scenarios;
    std::vector<std::string> m_set;
    std::vector<std::string> m_scenarioFiles;
    std::string m_keyFile;
    std::string m_plan;
    std::string m_catalogue;
    std::string m_orgDomain = "psl";
    bool m_list = false;
};

} // namespace dmarcplan::cli
