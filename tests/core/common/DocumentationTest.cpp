// The documentation a user reads must agree with the program: every finding code in the message
// catalogue is in the lint code tables (and nothing else is), and every relative link in the README
// and the reference files points at a file that exists.
#include "core/common/MessageCatalogue.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>

namespace dmarcplan {
namespace {

namespace fs = std::filesystem;

std::set<std::string> documentedCodes() {
    const std::string table = test::readFile(test::sourcePath("resources/doc/lint-codes.md"));
    // A table row starts with the code in backquotes: | `SPF-NO-RECORD` | error | ... |
    static const std::regex row(R"(\n\| `([A-Z0-9-]+)` \|)");
    std::set<std::string> codes;
    for (auto it = std::sregex_iterator(table.begin(), table.end(), row); it != std::sregex_iterator(); ++it)
        codes.insert((*it)[1].str());
    return codes;
}

TEST(Documentation, EveryFindingCodeIsInTheLintCodeTables) {
    const auto documented = documentedCodes();
    ASSERT_FALSE(documented.empty());
    for (const auto& entry : messageCatalogue()) {
        if (std::string_view(entry.context) != "Findings")
            continue;
        EXPECT_TRUE(documented.count(entry.code))
            << entry.code << " is in the catalogue but not in resources/doc/lint-codes.md";
    }
}

TEST(Documentation, EveryDocumentedCodeIsInTheCatalogue) {
    for (const auto& code : documentedCodes())
        EXPECT_NE(findCatalogueEntry(code), nullptr) << code << " is documented but not in the message catalogue";
}

TEST(Documentation, EveryRelativeLinkResolves) {
    std::vector<fs::path> pages = {test::sourcePath("README.md")};
    for (const auto& entry : fs::directory_iterator(test::sourcePath("resources/doc")))
        if (entry.path().extension() == ".md")
            pages.push_back(entry.path());
    ASSERT_GT(pages.size(), 1u);
    // [text](target) and ![alt](target); targets with a scheme or only an anchor are not files.
    static const std::regex link(R"(\]\(([^)\s#]+)(#[^)\s]*)?\))");
    for (const auto& page : pages) {
        const std::string text = test::readFile(page.string());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), link); it != std::sregex_iterator(); ++it) {
            const std::string target = (*it)[1].str();
            if (target.find("://") != std::string::npos || target.rfind("mailto:", 0) == 0)
                continue;
            EXPECT_TRUE(fs::exists(page.parent_path() / target)) << page.filename() << " links to missing " << target;
        }
    }
}

} // namespace
} // namespace dmarcplan
