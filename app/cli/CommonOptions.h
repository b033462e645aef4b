#pragma once
// Options several commands share, added the same way everywhere so their spelling never drifts.

#include "core/common/Finding.h"
#include "core/dns/ResolverFactory.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace dmarcplan::cli {

// --zone FILE... --origin O --nameserver H[:P]... --offline --timeout MS
void addDnsOptions(CLI::App& app, dns::ResolverOptions& options);

enum class OutputFormat { Text, Json, Sarif, Zone, Table };

// --format with the given choices (first one is the default).
void addFormatOption(CLI::App& app, OutputFormat& format, std::vector<OutputFormat> choices = {OutputFormat::Text,
                                                                                               OutputFormat::Json});

// Prints a JSON document (2-space indentation, UTF-8 kept as is) and a newline.
void printJson(std::ostream& out, const nlohmann::json& document);

// Text rendering of findings: "error   SPF-NO-ALL  message\n        fix: ...", optional colour.
void printFindingsText(std::ostream& out, const Findings& findings, bool colour);

// --no-color, and whether to colour text output: only on a terminal, never with --no-color or when
// the NO_COLOR environment variable is set (https://no-color.org).
void addColorOption(CLI::App& app, bool& noColor);
bool useColour(bool outIsTerminal, bool noColor);

// Reads a whole file or standard input ("-"); an unreadable file is an InputError.
Result<std::string> readInput(const std::string& path);

} // namespace dmarcplan::cli
