#include "core/dns/LdnsRecord.h"

#include "core/dns/DnsName.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace dmarcplan::dns {

std::string rdfText(const ldns_rdf* rdf) {
    char* text = ldns_rdf2str(rdf);
    std::string out = text ? text : "";
    free(text);
    return out;
}

std::string rdfName(const ldns_rdf* rdf) {
    auto name = nameFromWire(ldns_rdf_data(rdf), ldns_rdf_size(rdf));
    return name ? *name : canonicalName(rdfText(rdf));
}

std::optional<Record> recordFromLdns(const ldns_rr* rr, const std::string& owner) {
    Record record;
    record.name = owner;
    record.ttl = ldns_rr_ttl(rr);
    record.type = static_cast<RecordType>(ldns_rr_get_type(rr));
    switch (record.type) {
    case RecordType::A:
    case RecordType::AAAA:
        if (ldns_rr_rd_count(rr) < 1)
            return std::nullopt;
        record.value = rdfText(ldns_rr_rdf(rr, 0));
        return record;
    case RecordType::CNAME:
    case RecordType::PTR:
    case RecordType::NS:
        if (ldns_rr_rd_count(rr) < 1)
            return std::nullopt;
        record.value = rdfName(ldns_rr_rdf(rr, 0));
        return record;
    case RecordType::MX:
        if (ldns_rr_rd_count(rr) < 2)
            return std::nullopt;
        record.preference = ldns_rdf2native_int16(ldns_rr_rdf(rr, 0));
        record.value = rdfName(ldns_rr_rdf(rr, 1));
        return record;
    case RecordType::TXT:
    case RecordType::SPF: {
        // One rdf per character-string: a length byte, then the bytes; the engines join them.
        std::vector<std::string> strings;
        for (std::size_t k = 0; k < ldns_rr_rd_count(rr); ++k) {
            const ldns_rdf* rdf = ldns_rr_rdf(rr, k);
            const auto* bytes = ldns_rdf_data(rdf);
            std::size_t size = ldns_rdf_size(rdf);
            if (size == 0)
                continue;
            strings.emplace_back(reinterpret_cast<const char*>(bytes + 1), std::min<std::size_t>(bytes[0], size - 1));
        }
        return Record::makeTxt(owner, std::move(strings), record.ttl, record.type);
    }
    case RecordType::SOA:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace dmarcplan::dns
