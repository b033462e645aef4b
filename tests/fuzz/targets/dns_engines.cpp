// DNS answers reaching the engines: the input is a zone for example.test (master-file text; a line
// "; timeout NAME" makes every question for NAME time out). SPF check_host() and lint, the DKIM
// verifier and key lint, and DMARC policy discovery, evaluation and lint all run over it, so every
// shape of answer a hostile or broken server can give reaches them: loops, wrong types, huge TXT
// records, many records, NXDOMAIN/NODATA where records are expected.
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/FuzzTarget.h"

#include "core/common/Clock.h"
#include "core/dkim/KeyRecordLinter.h"
#include "core/dkim/Verifier.h"
#include "core/dmarc/Evaluator.h"
#include "core/dmarc/Linter.h"
#include "core/dmarc/PolicyDiscovery.h"
#include "core/dns/ResolverFactory.h"
#include "core/spf/Linter.h"

#include <nlohmann/json.hpp>

using namespace dmarcplan;

namespace {

// A message carrying a signature by sel._domainkey.example.test (the zone decides the key).
const char* kMessage = "DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed; d=example.test; s=sel;\r\n"
                       " h=from:to:subject; bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=;\r\n"
                       " b=Tm90IGEgcmVhbCBzaWduYXR1cmUgYnV0IGJhc2U2NCBhbGwgdGhlIHNhbWUgdG8gcmVhY2ggdGhlIGtleQ==\r\n"
                       "From: a@example.test\r\nTo: b@example.net\r\nSubject: hi\r\n\r\nbody\r\n";

dns::ZoneData zoneFrom(std::string_view input, bool& usable) {
    std::string text = "$ORIGIN example.test.\n$TTL 300\n";
    text.append(input);
    auto zone = dns::ZoneData::fromText(text, "", "fuzz.zone");
    usable = zone.ok();
    if (!zone)
        return {};
    zone->addOrigin("example.test");
    std::string_view rest = input;
    while (!rest.empty()) {
        auto end = rest.find('\n');
        auto line = rest.substr(0, end);
        if (line.starts_with("; timeout ") && line.size() > 10)
            zone->addTimeout(line.substr(10));
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    return *zone;
}

std::string dump(const nlohmann::json& json) {
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

DMARCPLAN_FUZZ_TARGET(dns_engines) {
    static const bool clockSet = (Clock::setFixed(1795000000), true);
    (void)clockSet;
    bool usable = false;
    auto zone = zoneFrom(input, usable);
    if (!usable)
        return;
    auto resolver = dns::makeResolver(std::move(zone));

    fuzz::checkSpfFromBothFamilies(*resolver, "example.test");
    auto spfLint = spf::analyzeDomain("example.test", *resolver);
    (void)dump(spf::toJson(spfLint));

    auto message = mail::MailMessage::parse(kMessage);
    FUZZ_CHECK(message.ok());
    dkim::Verifier verifier(resolver);
    auto checks = verifier.verify(*message);
    FUZZ_CHECK(checks.size() == 1);
    FUZZ_CHECK(checks[0].result != dkim::VerifyResult::Pass);
    (void)dump(dkim::toJson(checks[0]));
    (void)dump(dkim::toJson(dkim::KeyRecordLinter::lintSelector(*resolver, "sel", "example.test")));

    for (auto method : {dmarc::OrgDomainMethod::Psl, dmarc::OrgDomainMethod::TreeWalk}) {
        dmarc::Evaluator evaluator(*resolver, method);
        for (const char* from : {"example.test", "a.b.c.example.test"}) {
            dmarc::EvaluationInput in;
            in.fromDomain = from;
            in.spf = {spf::Result::Pass, "example.test", dmarc::SpfIdentity::MailFrom};
            in.dkim.push_back({dkim::VerifyResult::Pass, "sub.example.test", "sel", "abc"});
            auto evaluation = evaluator.evaluate(in);
            (void)evaluation.explanation;
        }
    }
    (void)dmarc::comparePolicies("a.b.c.example.test", *resolver);
    auto dmarcLint = dmarc::lintDomain("example.test", *resolver);
    for (const auto& finding : dmarcLint.findings)
        (void)finding.message();
}
