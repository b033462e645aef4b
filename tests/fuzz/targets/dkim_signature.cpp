// A whole message with DKIM-Signature fields, as a receiver gets it: message parsing, the signature's
// tag list (§3.5), canonicalisation, body hash, key lookup through DNS and the signature check.
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTarget.h"

#include "core/common/Clock.h"
#include "core/dkim/Verifier.h"
#include "core/dns/ResolverFactory.h"

#include <nlohmann/json.hpp>

using namespace dmarcplan;

DMARCPLAN_FUZZ_TARGET(dkim_signature) {
    // The keys of dkim.test and of RFC 8463's football.example.com; signatures from 2018 to 2026 are
    // judged at one fixed time so every run of an input is the same.
    static const auto zones = [] {
        Clock::setFixed(1795000000);
        return fuzz::loadZones({"zones/dkim.test.zone", "dkim/rfc8463.zone"});
    }();
    // A fresh cache per input: one shared across inputs would grow with every selector tried.
    dkim::Verifier verifier(dns::makeResolver(zones));

    auto message = mail::MailMessage::parse(input, "fuzz");
    if (!message)
        return;
    auto checks = verifier.verify(*message);
    FUZZ_CHECK(checks.size() == message->count("DKIM-Signature"));
    for (const auto& check : checks) {
        FUZZ_CHECK(check.headerIndex < message->headers().size());
        FUZZ_CHECK(dkim::resultFor(check.reason) == check.result);
        (void)check.explanation();
        (void)dkim::toJson(check).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    (void)dkim::overallResult(checks);
}
