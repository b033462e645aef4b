#pragma once
// One class per subcommand (KeePassXC's CLI is the model): a path such as "spf check", a one-line
// description, the options it adds to its CLI11 sub-app, and execute().

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace dmarcplan::cli {

// Documented in --help and the README; scripts depend on these numbers.
enum ExitCode : int {
    kExitSuccess = 0,     // success, no error-level findings
    kExitFindings = 1,    // error-level findings, or a failing result
    kExitUsage = 2,       // usage or input error (bad flag, unreadable or malformed file)
    kExitDnsFailure = 3,  // a DNS failure prevented an answer
};

struct Context {
    std::ostream& out;
    std::ostream& err;
    bool outIsTerminal = false;
};

class Command {
public:
    virtual ~Command() = default;
    virtual std::string path() const = 0;        // words after "dmarcplan", e.g. "dns query"
    virtual std::string description() const = 0; // one line for --help
    virtual void configure(CLI::App& app) = 0;
    virtual int execute(Context& context) = 0;
};

// The registry: every subcommand the tool has, in --help order.
std::vector<std::unique_ptr<Command>> makeCommands();

} // namespace dmarcplan::cli
