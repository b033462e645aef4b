#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan dns query NAME TYPE: exercises the DNS layer end to end.
class DnsQueryCommand : public Command {
public:
    std::string path() const override { return "dns query"; }
    std::string description() const override { return "Ask the DNS layer one question (zone files, live DNS or both)"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_name;
    std::string m_type;
    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
