#include "core/dkim/Canonicalization.h"

#include <gtest/gtest.h>

using namespace dmarcplan::dkim;

// RFC 6376 §3.4.6 example.
TEST(Canonicalization, Rfc6376Example) {
    EXPECT_EQ(canonicalizeHeader("A: X", Canonicalization::Relaxed), "a:X\r\n");
    EXPECT_EQ(canonicalizeHeader("B : Y\t\r\n\tZ  ", Canonicalization::Relaxed), "b:Y Z\r\n");
    EXPECT_EQ(canonicalizeHeader("B : Y\t\r\n\tZ  ", Canonicalization::Simple), "B : Y\t\r\n\tZ  \r\n");
    std::string body = " C \r\nD \t E\r\n\r\n\r\n";
    EXPECT_EQ(canonicalizeBody(body, Canonicalization::Relaxed), " C\r\nD E\r\n");
    EXPECT_EQ(canonicalizeBody(body, Canonicalization::Simple), " C \r\nD \t E\r\n");
}

TEST(Canonicalization, EmptyBodiesAndMissingFinalLineEnd) {
    EXPECT_EQ(canonicalizeBody("", Canonicalization::Simple), "\r\n");
    EXPECT_EQ(canonicalizeBody("", Canonicalization::Relaxed), "");
    EXPECT_EQ(canonicalizeBody("\r\n\r\n", Canonicalization::Relaxed), "");
    EXPECT_EQ(canonicalizeBody("\r\n\r\n", Canonicalization::Simple), "\r\n");
    EXPECT_EQ(canonicalizeBody("abc", Canonicalization::Simple), "abc\r\n");
    EXPECT_EQ(canonicalizeBody("abc  ", Canonicalization::Relaxed), "abc\r\n");
}

TEST(Canonicalization, TagParsing) {
    auto pair = parseCanonicalizationTag("relaxed");
    ASSERT_TRUE(pair);
    EXPECT_EQ(pair->header, Canonicalization::Relaxed);
    EXPECT_EQ(pair->body, Canonicalization::Simple); // §3.5: body defaults to simple
    EXPECT_EQ(toTag(*parseCanonicalizationTag("")), "simple/simple");
    EXPECT_FALSE(parseCanonicalizationTag("relaxed/loose"));
}
