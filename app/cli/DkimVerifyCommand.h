#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

#include <cstdint>
#include <optional>

namespace dmarcplan::cli {

// dmarcplan dkim verify: every DKIM-Signature of a message (standard input), each with its result.
class DkimVerifyCommand : public Command {
public:
    std::string path() const override { return "dkim verify"; }
    std::string description() const override { return "Verify every DKIM signature of a message (standard input)"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    dns::ResolverOptions m_dns;
    std::optional<std::int64_t> m_now;
    std::string m_input = "-";
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
