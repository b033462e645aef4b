#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan dmarc evaluate --from DOMAIN [--mail-from D --spf R] [--dkim R:D[:S]]...
class DmarcEvaluateCommand : public Command {
public:
    std::string path() const override { return "dmarc evaluate"; }
    std::string description() const override {
        return "Evaluate DMARC for a From domain given SPF and DKIM results (as a receiver would)";
    }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_from;
    std::string m_mailFrom;
    std::string m_spf = "none";
    std::vector<std::string> m_dkim;
    std::string m_orgDomain = "psl";
    std::string m_authservId = "dmarcplan.invalid";
    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
