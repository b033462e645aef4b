#pragma once

#include "app/cli/Command.h"

namespace dmarcplan::cli {

// dmarcplan plan init --domain D [--out FILE] [--force]: writes a starter plan.
class PlanInitCommand : public Command {
public:
    std::string path() const override { return "plan init"; }
    std::string description() const override { return "Write a starter plan (DOMAIN.dmarcplan.json) to edit"; }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_domain;
    std::string m_out;
    bool m_force = false;
};

} // namespace dmarcplan::cli
