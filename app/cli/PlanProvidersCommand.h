#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan plan providers [--format text|json]: the sending-provider catalogue.
class PlanProvidersCommand : public Command {
public:
    std::string path() const override { return "plan providers"; }
    std::string description() const override { return "List the sending providers a plan can name"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_catalogue;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
