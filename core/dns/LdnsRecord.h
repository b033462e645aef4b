#pragma once
// ldns's resource records as our Records: one conversion for the zone-file reader and the live
// resolver, so a record reads the same whether it came from a file or from a server.

#include "core/dns/Answer.h"

#include <ldns/ldns.h>
#include <optional>
#include <string>

namespace dmarcplan::dns {

// ldns's presentation text of an rdf (addresses, numbers).
std::string rdfText(const ldns_rdf* rdf);

// A name rdf as canonical text straight from its labels: ldns's text form escapes bytes (a space is
// "\032") that a question written by SPF macro expansion holds raw.
std::string rdfName(const ldns_rdf* rdf);

// The record of a type the engines use (A, AAAA, CNAME, PTR, NS, MX, TXT, SPF) at `owner`
// (canonical); nullopt for other types and for records missing their data.
std::optional<Record> recordFromLdns(const ldns_rr* rr, const std::string& owner);

} // namespace dmarcplan::dns
