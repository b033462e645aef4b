#pragma once
// Keys, zones and a sample message shared by the DKIM test files.

#include "core/dkim/KeyGenerator.h"
#include "core/dns/ResolverFactory.h"
#include "core/mail/MailMessage.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

namespace dmarcplan::test {

inline dkim::KeyPair loadKey(const std::string& name) {
    auto key = dkim::KeyPair::load(dataPath("dkim/" + name));
    EXPECT_TRUE(key) << key.error().describe();
    return key ? *key : dkim::KeyPair{};
}

// dkim.test (the interop keys and lint cases) and football.example.com (RFC 8463 Appendix A).
inline std::shared_ptr<dns::CachingResolver> dkimResolver() {
    auto zones = dns::ZoneData::fromFile(dataPath("zones/dkim.test.zone"));
    EXPECT_TRUE(zones) << zones.error().describe();
    auto rfc = dns::ZoneData::fromFile(dataPath("dkim/rfc8463.zone"));
    EXPECT_TRUE(rfc) << rfc.error().describe();
    zones->merge(*rfc);
    return dns::makeResolver(*zones);
}

inline const char* sampleMessage() {
    return "From: Jane Doe <jane@dkim.test>\r\n"
           "To: Team <team@lists.example.org>\r\n"
           "Subject: Quarterly numbers\r\n"
           "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
           "Message-ID: <q4@dkim.test>\r\n"
           "\r\n"
           "Hello team,\r\n"
           "\r\n"
           "the numbers are  in.\tSee you.\r\n"
           "\r\n";
}

inline mail::MailMessage parseMessage(const std::string& text) {
    auto message = mail::MailMessage::parse(text);
    EXPECT_TRUE(message) << message.error().describe();
    return message ? *message : mail::MailMessage{};
}

} // namespace dmarcplan::test
