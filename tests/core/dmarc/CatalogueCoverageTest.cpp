#include "core/common/MessageCatalogue.h"
#include "tests/support/TestSupport.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <regex>

using namespace dmarcplan;

// Every message code the DMARC and headers sources can emit has a catalogue entry with its context.
TEST(DmarcCatalogue, EveryEmittedCodeHasAnEntry) {
    const std::regex code("\"((DMARC|HEADERS)-[A-Z0-9-]+)\"");
    int seen = 0;
    for (const char* folder : {"core/dmarc", "core/headers"}) {
        auto dir = test::sourcePath(folder);
        if (!std::filesystem::exists(dir))
            continue;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            auto text = test::readFile(entry.path().string());
            for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) {
                ++seen;
                const auto* found = findCatalogueEntry((*it)[1].str());
                EXPECT_NE(found, nullptr) << (*it)[1] << " in " << entry.path();
                if (found && std::string((*it)[2]) == "HEADERS") {
                    EXPECT_STREQ(found->context, "Headers") << (*it)[1];
                }
            }
        }
    }
    EXPECT_GT(seen, 40);
}
