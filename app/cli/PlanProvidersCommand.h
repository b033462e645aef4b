#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"
#include "core/plan/Catalogue.h"

namespace dmarcplan::cli {

// dmarcplan plan providers [--format text|json] [--verify DNS options]: the sending-provider catalogue,
// with the sources of its facts; --verify checks its includes and CNAME targets in live DNS.
class PlanProvidersCommand : public Command {
public:
    std::string path() const override { return "plan providers"; }
    std::string description() const override { return "List the sending providers a plan can name"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_catalogue;
    OutputFormat m_format = OutputFormat::Text;
    bool m_verify = false;
    dns::ResolverOptions m_dns;

    int verify(Context& context, const plan::Catalogue& catalogue);
};

} // namespace dmarcplan::cli
