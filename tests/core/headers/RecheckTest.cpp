#include "core/dkim/KeyGenerator.h"
#include "core/dkim/Signer.h"
#include "core/headers/Recheck.h"
#include "tests/core/dmarc/DmarcTestZones.h"

#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::headers;

TEST(HeaderRecheck, ComparesTodaysDnsWithWhatWasRecorded) {
    auto key = dkim::KeyGenerator::generate({dkim::KeyAlgorithm::Ed25519, 0});
    ASSERT_TRUE(key) << key.error().describe();
    auto message = mail::MailMessage::parse("From: News <news@example.com>\r\nTo: a@example.net\r\nSubject: hi\r\n"
                                            "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nhello\r\n");
    ASSERT_TRUE(message);
    dkim::SignOptions options;
    options.domain = "example.com";
    options.selector = "s1";
    ASSERT_TRUE(dkim::addSignature(*message, *key, options));
    // What the receiver recorded back then: SPF failed (the SPF record has been fixed since).
    message->prependHeader("Return-Path", "<bounce@example.com>");
    message->prependHeader("Received-SPF", "fail client-ip=192.0.2.25; helo=mx.example.com");
    message->prependHeader("Authentication-Results",
                           "mx.example.net; spf=fail smtp.mailfrom=bounce@example.com; dkim=pass header.d=example.com; "
                           "dmarc=pass header.from=example.com");

    dns::ZoneData keys;
    keys.addRecord(dns::Record::makeTxt("s1._domainkey.example.com", key->recordStrings(), 300));
    auto resolver = test::dmarcResolver(keys);
    auto analysis = analyseHeaders(message->toString());
    auto recheck = recheckMessage(analysis, resolver);

    ASSERT_TRUE(recheck.spf.has_value());
    EXPECT_EQ(recheck.spf->result, spf::Result::Pass);
    ASSERT_EQ(recheck.items.size(), 3u);
    EXPECT_EQ(recheck.items[0].method, "spf");
    EXPECT_TRUE(recheck.items[0].differs);
    EXPECT_EQ(recheck.items[0].message.code, "HEADERS-RECHECK-DIFFERS");
    EXPECT_EQ(recheck.items[1].today, "pass");
    EXPECT_FALSE(recheck.items[1].differs);
    EXPECT_EQ(recheck.dmarc.result, dmarc::DmarcResult::Pass);
    EXPECT_TRUE(recheck.dmarc.spfAligned);
    EXPECT_TRUE(recheck.dmarc.dkimAligned);
    EXPECT_FALSE(recheck.items[2].differs);
}

TEST(HeaderRecheck, WithoutClientAddressSpfIsNotRechecked) {
    auto resolver = test::dmarcResolver();
    auto analysis = analyseHeaders("From: a@example.com\nAuthentication-Results: mx; dmarc=pass\n");
    auto recheck = recheckMessage(analysis, resolver);
    EXPECT_FALSE(recheck.spf.has_value());
    ASSERT_EQ(recheck.notes.size(), 1u);
    EXPECT_EQ(recheck.notes[0].code, "HEADERS-RECHECK-NO-IP");
    EXPECT_EQ(recheck.dmarc.result, dmarc::DmarcResult::Fail);
    EXPECT_TRUE(recheck.items.back().differs);
}
