#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

#include <cstdint>
#include <optional>

namespace dmarcplan::cli {

// dmarcplan dkim sign: reads a message on standard input, writes it signed on standard output.
class DkimSignCommand : public Command {
public:
    std::string path() const override { return "dkim sign"; }
    std::string description() const override { return "Sign a message (standard input) and write it signed"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_key;
    std::string m_domain;
    std::string m_selector;
    std::string m_canonicalization = "relaxed/relaxed";
    std::string m_headers;
    bool m_overSign = false;
    bool m_bodyLength = false;
    std::optional<std::int64_t> m_expires;
    std::optional<std::int64_t> m_now;
    std::string m_identity;
    std::string m_input = "-";
};

} // namespace dmarcplan::cli
