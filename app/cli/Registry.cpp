#include "app/cli/Command.h"

// One line per command; keep them grouped by protocol.
#include "app/cli/DkimKeygenCommand.h"
#include "app/cli/DkimLintCommand.h"
#include "app/cli/DkimSignCommand.h"
#include "app/cli/DkimVerifyCommand.h"
#include "app/cli/DmarcEvaluateCommand.h"
#include "app/cli/DmarcGenerateCommand.h"
#include "app/cli/DmarcLintCommand.h"
#include "app/cli/DnsQueryCommand.h"
#include "app/cli/SpfCheckCommand.h"
#include "app/cli/SpfGenerateCommand.h"
#include "app/cli/SpfLintCommand.h"
#include "app/cli/HeadersCommand.h"
#include "app/cli/SimulateCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/GenerateCommand.h"
#include "app/cli/LintCommand.h"
#include "app/cli/PlanInitCommand.h"
#include "app/cli/PlanProvidersCommand.h"

namespace dmarcplan::cli {

std::vector<std::unique_ptr<Command>> makeCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DnsQueryCommand>());
    commands.push_back(std::make_unique<SpfCheckCommand>());
    commands.push_back(std::make_unique<SpfLintCommand>());
    commands.push_back(std::make_unique<SpfGenerateCommand>());
    commands.push_back(std::make_unique<DkimKeygenCommand>());
    commands.push_back(std::make_unique<DkimLintCommand>());
    commands.push_back(std::make_unique<DkimSignCommand>());
    commands.push_back(std::make_unique<DkimVerifyCommand>());
    commands.push_back(std::make_unique<DmarcLintCommand>());
    commands.push_back(std::make_unique<DmarcGenerateCommand>());
    commands.push_back(std::make_unique<DmarcEvaluateCommand>());
    commands.push_back(std::make_unique<HeadersCommand>());
    commands.push_back(std::make_unique<SimulateCommand>());
    // plans, lint and check
    commands.push_back(std::make_unique<PlanInitCommand>());
    commands.push_back(std::make_unique<PlanProvidersCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<LintCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    return commands;
}

} // namespace dmarcplan::cli
