#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"
#include "core/spf/Generator.h"

namespace dmarcplan::cli {

// dmarcplan spf generate --domain D [--ip A]... [--mx] [--a] [--include D]... [--policy fail|softfail]
class SpfGenerateCommand : public Command {
public:
    std::string path() const override { return "spf generate"; }
    std::string description() const override { return "Generate the shortest SPF record for a set of senders"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    spf::SenderDescription m_senders;
    std::string m_policy = "fail";
    std::uint32_t m_ttl = 3600;
    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
