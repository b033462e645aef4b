#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

namespace dmarcplan::cli {

// dmarcplan headers [FILE|-] [--recheck]: explains what the receiving server recorded.
class HeadersCommand : public Command {
public:
    std::string path() const override { return "headers"; }
    std::string description() const override {
        return "Explain a message's Authentication-Results, Received-SPF and ARC headers (optionally recheck today)";
    }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_input = "-";
    bool m_recheck = false;
    std::string m_orgDomain = "psl";
    dns::ResolverOptions m_dns;
    OutputFormat m_format = OutputFormat::Text;
};

} // namespace dmarcplan::cli
