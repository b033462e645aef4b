// DMARC record text (a TXT answer at _dmarc, a --record argument) through the RFC 9989 parser, the
// linter (text checks and the report-destination checks through DNS) and the generator's input.
#include "tests/fuzz/FuzzTarget.h"

#include "core/dmarc/Linter.h"
#include "core/dmarc/Parser.h"
#include "core/dns/ResolverFactory.h"

#include <nlohmann/json.hpp>

using namespace dmarcplan;

namespace {

void checkSpan(const Span& span, std::size_t size) {
    FUZZ_CHECK(span.begin <= span.end && span.end <= size);
}

} // namespace

DMARCPLAN_FUZZ_TARGET(dmarc_record) {
    auto parsed = dmarc::parseRecord(input);
    const auto& text = parsed.record.text;
    for (const auto& tag : parsed.record.tags) {
        checkSpan(tag.span, text.size());
        checkSpan(tag.valueSpan, text.size());
    }
    for (const auto* uris : {&parsed.record.rua, &parsed.record.ruf})
        for (const auto& uri : *uris)
            checkSpan(uri.span, text.size());
    for (const auto& finding : parsed.findings) {
        checkSpan(finding.span, text.size());
        (void)finding.message();
    }
    if (parsed.record.pct)
        FUZZ_CHECK(*parsed.record.pct >= 0 && *parsed.record.pct <= 100);
    (void)dmarc::looksLikeDmarcRecord(input);

    // Published at _dmarc.example.test, next to a report destination that authorises it.
    dns::ZoneData zone;
    zone.addOrigin("example.test");
    zone.addRecord(dns::Record::makeTxt("_dmarc.example.test", {std::string(input)}, 300));
    zone.addRecord(dns::Record::makeTxt("example.test._report._dmarc.example.net", {"v=DMARC1"}, 300));
    auto resolver = dns::makeResolver(zone);
    for (const auto& finding : dmarc::lintRecord(input, "example.test", resolver.get())) {
        (void)finding.message();
        (void)finding.fix();
    }
    auto domain = dmarc::lintDomain("mail.example.test", *resolver);
    (void)toJson(domain.findings).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
