#include "app/cli/Command.h"

// One line per command; keep them grouped by protocol.
#include "app/cli/DnsQueryCommand.h"

namespace dmarcplan::cli {

std::vector<std::unique_ptr<Command>> makeCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DnsQueryCommand>());
    return commands;
}

} // namespace dmarcplan::cli
