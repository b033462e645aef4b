#include "core/common/MessageCatalogue.h"

#include <algorithm>
#include <unordered_map>

namespace dmarcplan {

namespace {

// Keep each protocol's entries in its own section, codes in alphabetical order within it.
const std::vector<CatalogueEntry> kEntries = {
    // --- common / DNS ---------------------------------------------------------------------------
    {"DNS-OFFLINE-NXDOMAIN", "Findings",
     DMARCPLAN_TR("Findings", "{name} is outside the loaded zones and live DNS is off (--offline): treated as "
                              "non-existent"),
     ""},
    {"DNS-TEMPERROR", "Findings", DMARCPLAN_TR("Findings", "DNS query for {name} {type} failed: {error}"),
     DMARCPLAN_TR("Findings", "Check the name server settings and try again.")},

    // --- SPF ------------------------------------------------------------------------------------

    // --- DKIM -----------------------------------------------------------------------------------

    // --- DMARC ----------------------------------------------------------------------------------

    // --- headers --------------------------------------------------------------------------------

    // --- simulate -------------------------------------------------------------------------------

    // --- plan / zone lint / check ---------------------------------------------------------------
};

} // namespace

const std::vector<CatalogueEntry>& messageCatalogue() { return kEntries; }

const CatalogueEntry* findCatalogueEntry(std::string_view code) {
    static const std::unordered_map<std::string_view, const CatalogueEntry*> index = [] {
        std::unordered_map<std::string_view, const CatalogueEntry*> map;
        for (const auto& entry : kEntries)
            map.emplace(entry.code, &entry);
        return map;
    }();
    auto it = index.find(code);
    return it == index.end() ? nullptr : it->second;
}

std::string substitute(std::string_view templ, const MessageParams& params) {
    std::string out;
    out.reserve(templ.size() + 16);
    for (std::size_t i = 0; i < templ.size();) {
        if (templ[i] == '{') {
            auto close = templ.find('}', i + 1);
            if (close != std::string_view::npos) {
                auto it = params.find(std::string(templ.substr(i + 1, close - i - 1)));
                if (it != params.end()) {
                    out += it->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += templ[i++];
    }
    return out;
}

std::string renderMessage(std::string_view code, const MessageParams& params) {
    if (const auto* entry = findCatalogueEntry(code))
        return substitute(entry->text, params);
    std::string out(code);
    for (const auto& [key, value] : params)
        out += " " + key + "=" + value;
    return out;
}

std::string renderFix(std::string_view code, const MessageParams& params) {
    if (const auto* entry = findCatalogueEntry(code))
        return substitute(entry->fix, params);
    return {};
}

std::string Message::text() const { return renderMessage(code, params); }

} // namespace dmarcplan
