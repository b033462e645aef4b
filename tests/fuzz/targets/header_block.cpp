// A pasted header block (what `headers explain` and the GUI's header view read): message parsing,
// every Authentication-Results, ARC-Authentication-Results, Received-SPF, Received and
// DKIM-Signature field, and the explanations built from them.
#include "tests/fuzz/FuzzTarget.h"

#include "core/headers/HeaderAnalyser.h"

using namespace dmarcplan;

DMARCPLAN_FUZZ_TARGET(header_block) {
    auto analysis = headers::analyseHeaders(input);
    for (const auto& issue : analysis.issues) {
        (void)issue.message();
        (void)issue.fix();
    }
    for (const auto& explanation : analysis.explanations) {
        (void)explanation.message.text();
        for (const auto& note : explanation.notes)
            (void)note.text();
    }
    for (const auto& signature : analysis.dkimSignatures)
        if (analysis.message)
            FUZZ_CHECK(signature.headerIndex < analysis.message->headers().size());
    if (!analysis.fromDomains.empty())
        FUZZ_CHECK(analysis.fromDomain == analysis.fromDomains.front());
}
