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
    // Serialised straight into the stream: dump() would first build the whole text in one string
    // (growing by doubling), several times the size of a large report. JSON escapes control
    // characters itself (\u001b), so the text goes out exactly, past the terminal escaping.
    out.flush();
    std::ostream exact(exactBuffer(out));
    nlohmann::detail::serializer<nlohmann::json> serializer(nlohmann::detail::output_adapter<char>(exact), ' ',
                                                            nlohmann::json::error_handler_t::replace);
    serializer.dump(document, true, false, 2);
    exact << '\n';
    exact.flush();
}

namespace {

std::string serialized(const nlohmann::json& value) {
    std::string text;
    nlohmann::detail::serializer<nlohmann::json> serializer(nlohmann::detail::output_adapter<char>(text), ' ',
                                                            nlohmann::json::error_handler_t::replace);
    serializer.dump(value, true, false, 2);
    return text;
}

} // namespace

void printJson(std::ostream& out, nlohmann::json document, const std::string& key, std::size_t count,
               const std::function<nlohmann::json(std::size_t)>& element) {
    if (count == 0) {
        document[key] = nlohmann::json::array();
        printJson(out, document);
        return;
    }
    // The document is printed with a placeholder string as the array, which is then replaced by the
    // elements. The placeholder is found as `\n  "key": "\u0001"` at the top level: inside a string
    // value every quote is escaped, so no value can produce that text.
    document[key] = "\x01";
    const std::string text = serialized(document);
    const std::string placeholder = "\n  " + nlohmann::json(key).dump() + ": \"\\u0001\"";
    const auto at = text.find(placeholder);
    if (at == std::string::npos) { // cannot happen for an object; print it whole rather than wrongly
        nlohmann::json array = nlohmann::json::array();
        for (std::size_t i = 0; i < count; ++i)
            array.push_back(element(i));
        document[key] = std::move(array);
        printJson(out, document);
        return;
    }
    const auto valueAt = at + placeholder.size() - std::string("\"\\u0001\"").size();
    out.flush();
    std::ostream exact(exactBuffer(out));
    exact << std::string_view(text).substr(0, valueAt) << '[';
    for (std::size_t i = 0; i < count; ++i) {
        const std::string item = serialized(element(i));
        exact << (i ? ",\n    " : "\n    ");
        // Strings hold no raw newline (the serializer escapes it): every newline starts a line to indent.
        std::size_t from = 0;
        for (auto nl = item.find('\n'); nl != std::string::npos; from = nl + 1, nl = item.find('\n', from))
            exact << std::string_view(item).substr(from, nl + 1 - from) << "    ";
        exact << std::string_view(item).substr(from);
    }
    exact << "\n  ]" << std::string_view(text).substr(at + placeholder.size()) << '\n';
    exact.flush();
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
