#pragma once
// Options several commands share, added the same way everywhere so their spelling never drifts.

#include "core/common/Finding.h"
#include "core/dns/ResolverFactory.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace dmarcplan::cli {

// --zone FILE... --origin O --nameserver H[:P]... --offline --timeout MS
void addDnsOptions(CLI::App& app, dns::ResolverOptions& options);

enum class OutputFormat { Text, Json, Sarif, Zone, Table };

// --format with the given choices (first one is the default).
void addFormatOption(CLI::App& app, OutputFormat& format,
                     std::vector<OutputFormat> choices = {OutputFormat::Text, OutputFormat::Json});

// Prints a JSON document (2-space indentation, UTF-8 kept as is) and a newline.
void printJson(std::ostream& out, const nlohmann::json& document);
// The same, with the array at top-level `key` (absent from `document`) written element by element
// from `element(0..count-1)`: a report with tens of thousands of findings never holds them all as
// JSON at once. The text is the same as printJson of the whole document.
void printJson(std::ostream& out, nlohmann::json document, const std::string& key, std::size_t count,
               const std::function<nlohmann::json(std::size_t)>& element);

// Text rendering of findings: "error   SPF-NO-ALL  message\n        fix: ...", optional colour.
void printFindingsText(std::ostream& out, const Findings& findings, bool colour);

// --no-color, and whether to colour text output: only on a terminal, never with --no-color or when
// the NO_COLOR environment variable is set (https://no-color.org).
void addColorOption(CLI::App& app, bool& noColor);
bool useColour(bool outIsTerminal, bool noColor);

// Reads a whole file or standard input ("-"); an unreadable file is an InputError.
Result<std::string> readInput(const std::string& path);

} // namespace dmarcplan::cli
