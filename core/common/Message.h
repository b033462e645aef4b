#pragma once
// A user-visible message as data: a stable code plus named parameters. Core never builds user
// sentences by concatenation; it hands out Messages and the text for each code lives in the
// MessageCatalogue, so the desktop app can translate every one of them.

#include <map>
#include <string>

namespace dmarcplan {

using MessageParams = std::map<std::string, std::string>;

struct Message {
    std::string code;
    MessageParams params;

    // English text rendered from the catalogue (the command line uses it; the GUI translates instead).
    std::string text() const;
};

} // namespace dmarcplan
