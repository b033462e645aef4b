// Editing DMARC records through the parser: tags changed in place, appended, the rest kept as written.

#include "core/dmarc/RecordEditor.h"

#include "core/dmarc/Parser.h"

#include <gtest/gtest.h>

namespace dmarcplan::dmarc {
namespace {

TEST(RecordEditor, ChangesTagsInPlaceAndAppendsNewOnes) {
    EXPECT_EQ(editRecord("v=DMARC1;p=none;  rua=mailto:agg@example.com ; adkim=r", {{"p", "reject"}, {"aspf", "s"}}),
              "v=DMARC1; p=reject; rua=mailto:agg@example.com; adkim=r; aspf=s");
}

TEST(RecordEditor, TagNamesAreCaseInsensitiveValuesKeptAsWritten) {
    EXPECT_EQ(editRecord("V=DMARC1; P=quarantine; RUA=mailto:A@Example.com", {{"p", "none"}}),
              "v=DMARC1; p=none; rua=mailto:A@Example.com");
}

TEST(RecordEditor, EmptyTextStartsFromMonitoring) {
    EXPECT_EQ(editRecord("", {{"p", "quarantine"}, {"t", "y"}}), "v=DMARC1; p=quarantine; t=y");
    EXPECT_EQ(editRecord("", {}), "v=DMARC1; p=none");
}

TEST(RecordEditor, OnlyTheFirstOfDuplicateTagsChanges) {
    EXPECT_EQ(editRecord("v=DMARC1; p=none; p=reject", {{"p", "quarantine"}}), "v=DMARC1; p=quarantine; p=reject");
}

TEST(RecordEditor, UnreadablePiecesAreLeftOutSoTheResultParses) {
    auto edited = editRecord("v=DMARC1; p=none; garbage; 1x=2", {{"sp", "reject"}});
    EXPECT_EQ(edited, "v=DMARC1; p=none; sp=reject");
    auto parsed = parseRecord(edited);
    EXPECT_TRUE(parsed.isDmarc);
    EXPECT_TRUE(parsed.findings.empty());
}

TEST(RecordEditor, FormatTagsJoinsWithSemicolons) {
    auto record = parseRecord("v=DMARC1;p=reject;pct=50").record;
    EXPECT_EQ(formatTags(record.tags), "v=DMARC1; p=reject; pct=50");
}

} // namespace
} // namespace dmarcplan::dmarc
