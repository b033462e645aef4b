#include "core/common/AtomicFile.h"
#include "core/common/MessageCatalogue.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <set>
#include <sys/stat.h>

using namespace dmarcplan;

TEST(AtomicFile, WritesWithTheRequestedModeAndReplaces) {
    test::TempDir dir;
    auto path = dir.file("key.pem");
    ASSERT_TRUE(writeFileAtomically(path, "secret", {0600, false}));
    struct stat info {};
    ASSERT_EQ(stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_EQ(test::readFile(path), "secret");
    auto again = writeFileAtomically(path, "other", {0600, false});
    ASSERT_FALSE(again);
    EXPECT_NE(again.error().message.find("exists"), std::string::npos);
    EXPECT_EQ(test::readFile(path), "secret");
    ASSERT_TRUE(writeFileAtomically(path, "replaced", {0600, true}));
    EXPECT_EQ(test::readFile(path), "replaced");
}

TEST(AtomicFile, ReplacingKeepsTheExistingModeExceptForPrivateKeys) {
    test::TempDir dir;
    auto plan = dir.file("plan.json");
    ASSERT_TRUE(writeFileAtomically(plan, "{}"));
    ASSERT_EQ(chmod(plan.c_str(), 0640), 0);
    ASSERT_TRUE(writeFileAtomically(plan, "{\"a\": 1}")); // overwrite, as --force does
    struct stat info {};
    ASSERT_EQ(stat(plan.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0640u);
    EXPECT_EQ(test::readFile(plan), "{\"a\": 1}");

    // A key file someone widened is replaced with 0600, never with the old mode.
    auto key = dir.file("key.pem");
    ASSERT_TRUE(writeFileAtomically(key, "old", {0600, false, false}));
    ASSERT_EQ(chmod(key.c_str(), 0644), 0);
    ASSERT_TRUE(writeFileAtomically(key, "new", {0600, true, false}));
    ASSERT_EQ(stat(key.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0600u);
}

TEST(AtomicFile, UnwritableFolderIsAnError) {
    auto result = writeFileAtomically("/nonexistent-folder/x.json", "{}");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().source, "/nonexistent-folder/x.json");
}

TEST(MessageCatalogue, SubstitutesParametersAndShowsUnknownCodes) {
    EXPECT_EQ(substitute("{a} and {b} and {c}", {{"a", "1"}, {"b", "2"}}), "1 and 2 and {c}");
    EXPECT_EQ(renderMessage("DNS-TEMPERROR", {{"name", "x.example"}, {"type", "TXT"}, {"error", "timeout"}}),
              "DNS query for x.example TXT failed: timeout");
    EXPECT_EQ(renderMessage("NO-SUCH-CODE", {{"k", "v"}}), "NO-SUCH-CODE k=v");
}

TEST(MessageCatalogue, CodesAreUniqueAndTextsNonEmpty) {
    std::set<std::string> seen;
    for (const auto& entry : messageCatalogue()) {
        EXPECT_TRUE(seen.insert(entry.code).second) << "duplicate code " << entry.code;
        EXPECT_STRNE(entry.text, "") << entry.code;
        EXPECT_STRNE(entry.context, "") << entry.code;
    }
}
