#include "core/dmarc/RecordLookup.h"

#include "core/common/DomainName.h"

namespace dmarcplan::dmarc {

RecordLookup lookupRecord(std::string_view domain, dns::Resolver& resolver) {
    RecordLookup lookup;
    lookup.domain = normalizeDomain(domain);
    lookup.name = "_dmarc." + lookup.domain;
    auto answer = resolver.query(lookup.name, dns::RecordType::TXT);
    lookup.status = answer.status;
    lookup.error = answer.error;
    for (const auto& record : answer.records)
        (looksLikeDmarcRecord(record.value) ? lookup.dmarcTexts : lookup.otherTexts).push_back(record.value);
    if (lookup.dmarcTexts.size() == 1)
        lookup.parsed = parseRecord(lookup.dmarcTexts.front());
    return lookup;
}

} // namespace dmarcplan::dmarc
