#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan dmarc lint (DOMAIN | --record TEXT --domain D)
class DmarcLintCommand : public Command {
public:
    std::string path() const override { return "dmarc lint"; }
    std::string description() const override { return "Lint the DMARC record of a domain, or a record text"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_domain;
    std::string m_record;
    std::string m_recordDomain;
    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
