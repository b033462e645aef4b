// dmarcplan: the command-line tool. Builds the CLI11 tree from the command registry and runs the
// chosen command; maps usage errors to exit code 2.

#include "app/cli/Command.h"
#include "app/cli/TerminalText.h"

#include <dmarcplan/Version.h>
#include <iostream>
#include <map>
#include <sstream>
#include <unistd.h>

namespace {

constexpr const char* kExitCodeHelp = "Exit codes:\n"
                                      "  0  success, no error-level findings\n"
                                      "  1  error-level findings, or a failing result\n"
                                      "  2  usage or input error (bad flag, unreadable or malformed file)\n"
                                      "  3  a DNS failure prevented an answer\n";

// "spf check" -> the CLI11 sub-app for it, creating the "spf" group on the way.
CLI::App* appForPath(CLI::App& root, const std::string& path, const std::string& description,
                     std::map<std::string, CLI::App*>& groups) {
    std::istringstream words(path);
    std::string word;
    std::vector<std::string> parts;
    while (words >> word)
        parts.push_back(word);
    CLI::App* parent = &root;
    std::string prefix;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        prefix += (prefix.empty() ? "" : " ") + parts[i];
        auto it = groups.find(prefix);
        if (it == groups.end()) {
            auto* group = parent->add_subcommand(parts[i], parts[i] + " commands");
            group->require_subcommand(1);
            it = groups.emplace(prefix, group).first;
        }
        parent = it->second;
    }
    return parent->add_subcommand(parts.back(), description);
}

} // namespace

int main(int argc, char** argv) {
    using namespace dmarcplan::cli;
    CLI::App root{"dmarcplan: plan, lint and simulate SPF, DKIM and DMARC records before you deploy them", "dmarcplan"};
    root.footer(kExitCodeHelp);
    root.set_version_flag("--version", std::string("dmarcplan ") + dmarcplan::kVersion);
    root.require_subcommand(1);

    auto commands = makeCommands();
    std::map<std::string, CLI::App*> groups;
    std::map<CLI::App*, Command*> byApp;
    for (auto& command : commands) {
        auto* app = appForPath(root, command->path(), command->description(), groups);
        app->footer(kExitCodeHelp);
        command->configure(*app);
        byApp[app] = command.get();
    }

    try {
        root.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return root.exit(e);
    } catch (const CLI::ParseError& e) {
        root.exit(e);
        return kExitUsage;
    }

    for (auto& [app, command] : byApp) {
        if (app->parsed()) {
            // Outside text (records, answers, file names) is shown with its control characters
            // escaped, so that it cannot drive the terminal; JSON and other exact output bypass this.
            TerminalSafeBuf outBuf(std::cout.rdbuf()), errBuf(std::cerr.rdbuf());
            std::ostream out(&outBuf), err(&errBuf);
            Context context{out, err, isatty(STDOUT_FILENO) == 1};
            try {
                return command->execute(context);
            } catch (const std::exception& e) {
                err << "dmarcplan: internal error: " << e.what() << '\n';
                return kExitUsage;
            }
        }
    }
    std::cerr << root.help();
    return kExitUsage;
}
