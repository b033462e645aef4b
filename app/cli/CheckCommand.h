#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan check DOMAIN... [--domains-file F] [--selector S]... [--deadline SECONDS] [--format text|json|sarif] [DNS
// options]
class CheckCommand : public Command {
public:
    std::string path() const override { return "check"; }
    std::string description() const override {
        return "Check what domains publish today: SPF lookup tree, DMARC (both discovery methods), DKIM, MX";
    }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::vector<std::string> m_domains;
    std::string m_domainsFile;
    std::vector<std::string> m_selectors;
    dns::ResolverOptions m_dns;
    int m_concurrency = 16;
    int m_parallelDomains = 4;
    int m_deadlineSeconds = 300; // --deadline: generous, but a bulk run always ends
    OutputFormat m_format = OutputFormat::Text;
    bool m_noColor = false;
};

} // namespace dmarcplan::cli
