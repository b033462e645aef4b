#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan spf lint (DOMAIN | --record TEXT [--domain D]): findings, the lookup tree and counts.
class SpfLintCommand : public Command {
public:
    std::string path() const override { return "spf lint"; }
    std::string description() const override { return "Lint an SPF record or a domain's published SPF record"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_target;
    std::string m_record;
    std::string m_domain;
    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
