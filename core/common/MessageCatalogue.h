#pragma once
// The one catalogue of user-visible texts produced by core: finding messages and fixes, result
// explanations, scenario names and recommendations. Templates use {name} placeholders.
//
// Every template is wrapped in DMARCPLAN_TR(context, text). The macro expands to the text, and Qt's
// lupdate recognises the same call shape (it is registered with -tr-function-alias in ui/), so the
// desktop app's Japanese catalogue is extracted from this very table and the GUI calls
// QCoreApplication::translate(context, template) before substituting the parameters.

#include "core/common/Message.h"

#include <string>
#include <string_view>
#include <vector>

#define DMARCPLAN_TR(context, text) text

namespace dmarcplan {

struct CatalogueEntry {
    const char* code;
    const char* context; // translation context: "Findings", "Results", "Scenarios", ...
    const char* text;    // message template
    const char* fix;     // suggested fix template, or "" when there is none
};

const std::vector<CatalogueEntry>& messageCatalogue();
const CatalogueEntry* findCatalogueEntry(std::string_view code);

// Replaces {name} placeholders with params; unknown placeholders are left as they are.
std::string substitute(std::string_view templ, const MessageParams& params);

// English text of a code with its parameters; an unknown code renders as the code itself plus params,
// so a missing catalogue entry is visible (and caught by the catalogue test) rather than silent.
std::string renderMessage(std::string_view code, const MessageParams& params);
std::string renderFix(std::string_view code, const MessageParams& params);

} // namespace dmarcplan
