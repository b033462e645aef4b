#pragma once
// Small helpers for domain names as they appear in records and headers.

#include <string>
#include <string_view>

namespace dmarcplan {

// Lower-cases ASCII and removes one trailing dot: the form used for comparisons and cache keys.
std::string normalizeDomain(std::string_view name);

bool equalsIgnoreCase(std::string_view a, std::string_view b);

// true when `name` equals `parent` or is below it (case-insensitive, label-aligned).
bool isSubdomainOf(std::string_view name, std::string_view parent);

// RFC 1035 / RFC 7208 §4.3 syntax check of a host name (labels of 1..63, total <= 253, LDH
// and underscore allowed because _domainkey/_dmarc are legitimate owner names).
bool isValidDomainName(std::string_view name);

std::string toLower(std::string_view text);

} // namespace dmarcplan
