#include "core/mail/MailMessage.h"

#include <gtest/gtest.h>

using dmarcplan::mail::LineEnding;
using dmarcplan::mail::MailMessage;

namespace {
const char* kMessage = "Return-Path: <bounce@lists.example.org>\n"
                       "From: \"Doe, Jane (work)\" <Jane@Example.COM>\n"
                       "To: bob@example.net\n"
                       "Subject: a long subject\n"
                       "  that is folded\n"
                       "\n"
                       "Hello\n"
                       "\n";
}

TEST(MailMessage, ParsesLfAndCrlfAlikeAndKeepsFolding) {
    auto lf = MailMessage::parse(kMessage);
    ASSERT_TRUE(lf) << lf.error().describe();
    std::string crlfText = lf->toString();
    auto crlf = MailMessage::parse(crlfText);
    ASSERT_TRUE(crlf);
    EXPECT_EQ(crlf->toString(), crlfText);
    EXPECT_EQ(lf->headers().size(), 4u);
    EXPECT_EQ(lf->headers()[3].raw, "Subject: a long subject\r\n  that is folded");
    EXPECT_EQ(lf->headers()[3].line, 4);
    EXPECT_EQ(*lf->header("subject"), "a long subject  that is folded");
    EXPECT_EQ(lf->body(), "Hello\r\n\r\n");
    EXPECT_EQ(lf->toString(LineEnding::Lf), kMessage);
}

TEST(MailMessage, AddressHelpers) {
    auto message = MailMessage::parse(kMessage);
    ASSERT_TRUE(message);
    EXPECT_EQ(*message->fromAddress(), "Jane@Example.COM");
    EXPECT_EQ(*message->fromDomain(), "example.com");
    EXPECT_EQ(*message->returnPath(), "bounce@lists.example.org");
    message->setHeader("Return-Path", "<>");
    EXPECT_EQ(*message->returnPath(), "");
    message->setHeader("From", "joe@sub.example.org (Joe <x@y>)");
    EXPECT_EQ(*message->fromDomain(), "sub.example.org");
    EXPECT_EQ(dmarcplan::mail::extractAddress("Group: <@route.example:user@host.example>;").value(),
              "user@host.example");
    EXPECT_FALSE(dmarcplan::mail::extractAddress("undisclosed-recipients:;"));
}

TEST(MailMessage, MalformedInputIsAnErrorWithItsLine) {
    auto bad = MailMessage::parse("From: a@example.com\nthis line has no colon\n\nbody\n", "msg.eml");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().line, 2);
    EXPECT_EQ(bad.error().describe().rfind("msg.eml:2:", 0), 0u);
    EXPECT_FALSE(MailMessage::parse(" continuation first\nFrom: a@b\n"));
    EXPECT_FALSE(MailMessage::parse(""));
    EXPECT_FALSE(MailMessage::parse("Bad Name: x\n"));
    // Binary garbage never crashes.
    std::string garbage;
    for (int i = 0; i < 2000; ++i)
        garbage += static_cast<char>((i * 37) % 256);
    (void)MailMessage::parse(garbage);
    auto headersOnly = MailMessage::parse("From: a@example.com");
    ASSERT_TRUE(headersOnly);
    EXPECT_FALSE(headersOnly->hasBody());
}

TEST(MailMessage, MutationsAsIntermediariesDoThem) {
    auto message = MailMessage::parse(kMessage);
    ASSERT_TRUE(message);
    message->setHeader("Subject", "[list] " + *message->header("Subject"));
    EXPECT_EQ(*message->header("Subject"), "[list] a long subject  that is folded");
    message->setHeader("From", "Jane via list <list@lists.example.org>");
    message->addHeader("List-Id", "<list.lists.example.org>");
    message->prependHeader("Received", "from x by y");
    EXPECT_EQ(message->headers().front().raw, "Received: from x by y");
    EXPECT_EQ(message->headers().back().name(), "List-Id");
    message->appendToBody("--\nfooter\n");
    EXPECT_EQ(message->body(), "Hello\r\n\r\n--\r\nfooter\r\n");
    EXPECT_EQ(message->removeHeaders("list-id"), 1u);
    message->prependRawHeader("X-Test: a\n b");
    EXPECT_EQ(message->headers().front().raw, "X-Test: a\r\n b");
    auto index = message->indexesOf("To").front();
    message->setHeader("To", "alice@example.net, bob@example.net, carol@example.net, dave@example.net");
    message->refoldHeader(index, 30);
    EXPECT_NE(message->headers()[index].raw.find("\r\n "), std::string::npos);
    EXPECT_EQ(*message->header("To"), "alice@example.net, bob@example.net, carol@example.net, dave@example.net");
    auto again = MailMessage::parse(message->toString());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->toString(), message->toString());
}
