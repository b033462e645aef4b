#include "core/dns/Answer.h"

#include "core/common/DomainName.h"
#include "core/dns/DnsName.h"

#include <algorithm>
#include <array>
#include <limits>

namespace dmarcplan::dns {

namespace {
constexpr std::array<std::pair<RecordType, std::string_view>, 9> kTypeNames = {{
    {RecordType::A, "A"},
    {RecordType::NS, "NS"},
    {RecordType::CNAME, "CNAME"},
    {RecordType::SOA, "SOA"},
    {RecordType::PTR, "PTR"},
    {RecordType::MX, "MX"},
    {RecordType::TXT, "TXT"},
    {RecordType::AAAA, "AAAA"},
    {RecordType::SPF, "SPF"},
}};
} // namespace

std::string_view toString(RecordType type) {
    for (const auto& [t, name] : kTypeNames)
        if (t == type)
            return name;
    return "TYPE?";
}

std::optional<RecordType> recordTypeFromString(std::string_view text) {
    for (const auto& [t, name] : kTypeNames)
        if (equalsIgnoreCase(name, text))
            return t;
    return std::nullopt;
}

std::string_view toString(Status status) {
    switch (status) {
    case Status::Records:
        return "records";
    case Status::NxDomain:
        return "nxdomain";
    case Status::NoData:
        return "nodata";
    case Status::TempError:
        return "temperror";
    }
    return "temperror";
}

std::string joinTxtStrings(const std::vector<std::string>& strings) {
    std::string joined;
    for (const auto& s : strings)
        joined += s;
    return joined;
}

Record Record::makeTxt(std::string name, std::vector<std::string> strings, std::uint32_t ttl, RecordType type) {
    Record r;
    r.name = canonicalName(name);
    r.type = type;
    r.ttl = ttl;
    r.value = joinTxtStrings(strings);
    r.strings = std::move(strings);
    return r;
}

std::vector<std::string> Answer::values() const {
    std::vector<std::string> out;
    out.reserve(records.size());
    for (const auto& r : records)
        out.push_back(r.value);
    return out;
}

std::uint32_t Answer::minTtl() const {
    if (records.empty())
        return negativeTtl;
    std::uint32_t ttl = std::numeric_limits<std::uint32_t>::max();
    for (const auto& r : records)
        ttl = std::min(ttl, r.ttl);
    return ttl;
}

} // namespace dmarcplan::dns
