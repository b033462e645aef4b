#pragma once

#include "app/cli/Command.h"
#include "app/cli/CommonOptions.h"

#include <optional>

namespace dmarcplan::cli {

// dmarcplan generate --plan FILE [--keys DIR] [--format zone|table|json]
class GenerateCommand : public Command {
public:
    std::string path() const override { return "generate"; }
    std::string description() const override {
        return "Write every record a plan asks for: zone-file lines, a host/type/value table, or JSON";
    }
    void configure(CLI::App& app) override;
    int execute(Context& context) override;

private:
    std::string m_plan;
    std::string m_keys;
    std::string m_catalogue;
    OutputFormat m_format = OutputFormat::Zone;
    bool m_noColor = false;
};

} // namespace dmarcplan::cli
