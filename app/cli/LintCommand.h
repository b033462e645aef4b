#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan lint ZONEFILE... [--origin O] [--plan FILE] [--offline] [--format text|json|sarif]
class LintCommand : public Command {
public:
    std::string path() const override { return "lint"; }
    std::string description() const override {
        return "Lint zone files (or a plan's records) before deploying: SPF, DKIM, DMARC and zone-level checks";
    }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::vector<std::string> m_zoneFiles;
    std::string m_plan;
    std::string m_catalogue;
    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
    bool m_noColor = false;
};

} // namespace dmarcplan::cli
