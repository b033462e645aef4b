#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan dkim lint: checks a key record given as text or published at SELECTOR._domainkey.DOMAIN.
class DkimLintCommand : public Command {
public:
    std::string path() const override { return "dkim lint"; }
    std::string description() const override { return "Lint a DKIM key record (given, or looked up by selector)"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_domain;
    std::string m_selector;
    std::string m_record;
    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
