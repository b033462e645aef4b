#include "core/dns/ZoneData.h"

#include "core/dns/DnsName.h"
#include "core/dns/ZoneFileReader.h"

#include <fstream>
#include <set>
#include <sstream>

namespace dmarcplan::dns {

namespace {

constexpr std::uint32_t kDefaultNegativeTtl = 300;

} // namespace

Result<ZoneData> ZoneData::fromFile(const std::string& path, std::string_view origin, const ZoneReadOptions& options) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot open zone file"};
    std::ostringstream text;
    text << in.rdbuf();
    return fromText(text.str(), origin, path, options);
}

Result<ZoneData> ZoneData::fromText(std::string_view text, std::string_view origin, const std::string& sourceName,
                                    const ZoneReadOptions& options) {
    auto zone = ZoneFileReader::read(text, origin, sourceName, options);
    if (zone)
        zone->m_sourceName = sourceName;
    return zone;
}

void ZoneData::addTopOwnersAsOrigins() {
    // Each owner is checked against its own ancestors (a walk up its labels) rather than against
    // every other owner: linear in the number of records, not quadratic.
    std::set<std::string> owners;
    for (const auto& record : m_records)
        owners.insert(record.name);
    for (const auto& record : m_records) {
        bool below = false;
        for (std::string up = parentName(record.name); !up.empty() && !below; up = parentName(up))
            below = owners.count(up) > 0;
        if (!below)
            addOrigin(record.name);
    }
}

void ZoneData::addOrigin(std::string_view origin, std::uint32_t negativeTtl) {
    auto name = canonicalName(origin);
    if (m_origins.emplace(name, negativeTtl).second)
        m_originList.push_back(name);
    m_existing.insert(name);
}

void ZoneData::addRecord(Record record, int line) {
    record.name = canonicalName(record.name);
    for (std::string name = record.name; !name.empty(); name = parentName(name))
        m_existing.insert(name);
    m_byName.emplace(record.name, m_records.size());
    m_lines.push_back(line);
    m_records.push_back(std::move(record));
}

void ZoneData::addTimeout(std::string_view name) {
    m_timeouts.insert(canonicalName(name));
}

void ZoneData::merge(const ZoneData& other) {
    for (const auto& [origin, ttl] : other.m_origins)
        addOrigin(origin, ttl);
    for (std::size_t i = 0; i < other.m_records.size(); ++i)
        addRecord(other.m_records[i], other.m_lines[i]);
    m_timeouts.insert(other.m_timeouts.begin(), other.m_timeouts.end());
}

int ZoneData::lineOf(std::size_t recordIndex) const {
    return recordIndex < m_lines.size() ? m_lines[recordIndex] : 0;
}

const std::string* ZoneData::originFor(const std::string& name) const {
    // The closest enclosing origin: the first one met walking up from the name. A zone without SOA
    // may have thousands of origins, so they are not scanned one by one.
    for (std::string up = name;; up = parentName(up)) {
        if (auto it = m_origins.find(up); it != m_origins.end())
            return &it->first;
        if (up.empty())
            return nullptr;
    }
}

bool ZoneData::covers(std::string_view name) const {
    if (m_origins.empty())
        return true;
    return originFor(canonicalName(name)) != nullptr;
}

bool ZoneData::nameExists(const std::string& name) const {
    return m_existing.count(name) > 0;
}

Answer ZoneData::answerFromIndexes(const std::string& qname, const std::string& owner, RecordType type) const {
    Answer answer;
    answer.name = qname;
    answer.type = type;
    answer.source = m_sourceName.empty() ? "memory" : "zone:" + m_sourceName;
    auto [begin, end] = m_byName.equal_range(owner);
    for (auto it = begin; it != end; ++it) {
        const auto& record = m_records[it->second];
        if (record.type == type) {
            answer.records.push_back(record);
            answer.records.back().name = qname; // wildcard synthesis keeps the asked name
        }
    }
    if (answer.records.empty() && type != RecordType::CNAME) {
        for (auto it = begin; it != end; ++it) {
            const auto& record = m_records[it->second];
            if (record.type == RecordType::CNAME) {
                answer.records.push_back(record);
                answer.records.back().name = qname;
                answer.status = Status::Records;
                answer.type = RecordType::CNAME; // tells the resolver to follow it
                return answer;
            }
        }
    }
    answer.status = answer.records.empty() ? Status::NoData : Status::Records;
    return answer;
}

Answer ZoneData::lookup(std::string_view rawName, RecordType type) const {
    const std::string name = canonicalName(rawName);
    if (m_timeouts.count(name)) {
        Answer answer;
        answer.name = name;
        answer.type = type;
        answer.status = Status::TempError;
        answer.error = "timeout";
        answer.source = m_sourceName.empty() ? "memory" : "zone:" + m_sourceName;
        return answer;
    }
    const std::string* origin = originFor(name);
    std::uint32_t negativeTtl = origin ? m_origins.at(*origin) : kDefaultNegativeTtl;
    if (nameExists(name)) {
        auto answer = answerFromIndexes(name, name, type);
        answer.negativeTtl = negativeTtl;
        return answer;
    }
    // RFC 4592: a wildcard at the closest encloser answers for names that do not exist.
    for (std::string encloser = parentName(name); !encloser.empty(); encloser = parentName(encloser)) {
        if (!nameExists(encloser))
            continue;
        std::string wildcard = "*." + encloser;
        if (m_byName.count(wildcard)) {
            auto answer = answerFromIndexes(name, wildcard, type);
            answer.negativeTtl = negativeTtl;
            return answer;
        }
        break;
    }
    Answer answer;
    answer.name = name;
    answer.type = type;
    answer.status = Status::NxDomain;
    answer.negativeTtl = negativeTtl;
    answer.source = m_sourceName.empty() ? "memory" : "zone:" + m_sourceName;
    return answer;
}

} // namespace dmarcplan::dns
