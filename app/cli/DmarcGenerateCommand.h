#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan dmarc generate --domain D [--policy ...]: a record from a policy description
class DmarcGenerateCommand : public Command {
public:
    std::string path() const override { return "dmarc generate"; }
    std::string description() const override {
        return "Build a DMARC record (and report authorisation records) from a policy description";
    }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_domain;
    std::string m_policy = "none";
    std::string m_sp, m_np, m_adkim = "r", m_aspf = "r", m_fo, m_psd;
    bool m_testing = false;
    std::vector<std::string> m_rua, m_ruf;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
