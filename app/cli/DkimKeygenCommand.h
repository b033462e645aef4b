#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan dkim keygen: a key pair, the private key written 0600, the record to publish.
class DkimKeygenCommand : public Command {
public:
    std::string path() const override { return "dkim keygen"; }
    std::string description() const override {
        return "Generate a DKIM key pair: private key file (0600) and the TXT record to publish";
    }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_domain;
    std::string m_selector;
    std::string m_algorithm = "rsa";
    int m_bits = 2048;
    std::string m_out = ".";
    bool m_force = false;
    bool m_printPrivateKey = false;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
