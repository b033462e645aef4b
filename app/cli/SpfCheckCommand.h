#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"
#include "core/spf/Evaluator.h"

namespace dmarcplan::cli {

// dmarcplan spf check --ip IP --sender ADDR [--helo NAME]: RFC 7208 check_host() with its trace.
class SpfCheckCommand : public Command {
public:
    std::string path() const override { return "spf check"; }
    std::string description() const override { return "Evaluate SPF for a client IP and sender (RFC 7208 check_host)"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    spf::CheckRequest m_request;
    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
