// DKIM key record text (the TXT answer at selector._domainkey) through the key record parser, which
// decodes p= with OpenSSL, and the key record linter.
#include "tests/fuzz/FuzzTarget.h"

#include "core/dkim/KeyRecord.h"
#include "core/dkim/KeyRecordLinter.h"

#include <nlohmann/json.hpp>

using namespace dmarcplan;

DMARCPLAN_FUZZ_TARGET(dkim_key_record) {
    auto record = dkim::parseKeyRecord(input);
    for (const auto& tag : record.tags.tags) {
        FUZZ_CHECK(tag.span.begin <= tag.span.end && tag.span.end <= input.size());
        FUZZ_CHECK(tag.nameSpan.end <= input.size() && tag.valueSpan.end <= input.size());
    }
    for (const auto& problem : record.tags.problems)
        FUZZ_CHECK(problem.span.begin <= problem.span.end && problem.span.end <= input.size());
    FUZZ_CHECK(!(record.revoked && record.key));
    (void)record.allowsEmail();
    (void)record.allowsHash("sha256");
    (void)dkim::splitColonList(input);

    // As one string, and as the 255-byte character-strings a zone would publish it in.
    std::vector<std::string> strings;
    for (std::size_t at = 0; at < input.size(); at += 255)
        strings.emplace_back(input.substr(at, 255));
    for (const auto& lint :
         {dkim::KeyRecordLinter::lintRecord(input), dkim::KeyRecordLinter::lintRecord(input, strings)}) {
        for (const auto& finding : lint.findings) {
            FUZZ_CHECK(finding.span.begin <= finding.span.end);
            (void)finding.message();
            (void)finding.fix();
        }
        (void)toJson(lint).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
}
