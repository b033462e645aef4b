#include "app/cli/CommonOptions.h"

#include "app/cli/TerminalText.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace dmarcplan::cli {

void addDnsOptions(CLI::App& app, dns::ResolverOptions& options) {
    app.add_option("--zone", options.zoneFiles, "Answer from this RFC 1035 zone file first (repeatable)")
        ->check(CLI::ExistingFile)
        ->group("DNS options");
    app.add_option("--origin", options.origin, "Origin for zone files that have no $ORIGIN or SOA")
        ->group("DNS options");
    app.add_option("--nameserver", options.nameservers, "Ask this server, HOST[:PORT] (repeatable)")
        ->group("DNS options");
    app.add_flag("--offline", options.offline, "Never use live DNS: names outside the zones do not exist")
        ->group("DNS options");
    app.add_option("--timeout", options.timeoutMs, "Time budget for one DNS question in milliseconds")
        ->check(CLI::Range(1, 600000))
        ->group("DNS options");
}

void addFormatOption(CLI::App& app, OutputFormat& format, std::vector<OutputFormat> choices) {
    static const std::map<OutputFormat, std::string> names = {{OutputFormat::Text, "text"},
                                                              {OutputFormat::Json, "json"},
                                                              {OutputFormat::Sarif, "sarif"},
                                                              {OutputFormat::Zone, "zone"},
                                                              {OutputFormat::Table, "table"}};
    std::map<std::string, OutputFormat> allowed;
    std::string list;
    for (auto choice : choices) {
        allowed.emplace(names.at(choice), choice);
        list += (list.empty() ? "" : "|") + names.at(choice);
    }
    format = choices.front();
    app.add_option("--format", format, "Output format: " + list)
        ->transform(CLI::CheckedTransformer(allowed, CLI::ignore_case));
}

void printJson(std::ostream& out, const nlohmann::json& document) {
    // JSON escapes control characters itself (\u001b): the text goes out exactly as dumped.
    writeExact(out, document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n');
}

void printFindingsText(std::ostream& out, const Findings& findings, bool colour) {
    if (findings.empty()) {
        out << "No findings.\n";
        return;
    }
    for (const auto& f : findings) {
        const char* start = "";
        const char* end = colour ? "\033[0m" : "";
        if (colour)
            start = f.severity == Severity::Error     ? "\033[31m"
                    : f.severity == Severity::Warning ? "\033[33m"
                                                      : "\033[36m";
        writeExact(out, start); // the tool's own colours, not outside text
        out << toString(f.severity);
        writeExact(out, end);
        out << std::string(8 - toString(f.severity).size(), ' ') << f.code;
        if (!f.location.file.empty())
            out << "  " << f.location.file << ':' << f.location.line;
        out << "\n        " << f.message() << '\n';
        if (f.span.end > f.span.begin && !f.record.empty() && f.span.end <= f.record.size())
            out << "        at " << f.span.begin << "-" << f.span.end << ": \""
                << f.record.substr(f.span.begin, f.span.end - f.span.begin) << "\"\n";
        if (auto fix = f.fix(); !fix.empty())
            out << "        fix: " << fix << '\n';
    }
}

void addColorOption(CLI::App& app, bool& noColor) {
    app.add_flag("--no-color", noColor, "No colours in text output (also: NO_COLOR environment variable)");
}

bool useColour(bool outIsTerminal, bool noColor) {
    const char* env = std::getenv("NO_COLOR");
    return outIsTerminal && !noColor && !(env && *env);
}

Result<std::string> readInput(const std::string& path) {
    std::ostringstream buffer;
    if (path.empty() || path == "-") {
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    // A directory opens as a stream on Linux and reads as empty: say what it is instead.
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        return InputError{path, 0, 0, "is a directory, not a file"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot read file"};
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace dmarcplan::cli
