#include "core/dns/ZoneData.h"

#include "core/common/DomainName.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <ldns/ldns.h>
#include <memory>

namespace dmarcplan::dns {

namespace {

constexpr std::uint32_t kDefaultTtl = 3600;
constexpr std::uint32_t kDefaultNegativeTtl = 300;

struct RdfDeleter {
    void operator()(ldns_rdf* rdf) const { ldns_rdf_deep_free(rdf); }
};
struct RrDeleter {
    void operator()(ldns_rr* rr) const { ldns_rr_free(rr); }
};
using RdfPtr = std::unique_ptr<ldns_rdf, RdfDeleter>;
using RrPtr = std::unique_ptr<ldns_rr, RrDeleter>;

std::string rdfToString(const ldns_rdf* rdf) {
    char* text = ldns_rdf2str(rdf);
    std::string out = text ? text : "";
    free(text);
    return out;
}

std::string parentOf(const std::string& name) {
    auto dot = name.find('.');
    return dot == std::string::npos ? std::string() : name.substr(dot + 1);
}

std::vector<std::string> characterStrings(const ldns_rr* rr) {
    std::vector<std::string> strings;
    for (std::size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
        const ldns_rdf* rdf = ldns_rr_rdf(rr, i);
        const auto* data = ldns_rdf_data(rdf);
        std::size_t size = ldns_rdf_size(rdf);
        if (size == 0)
            continue;
        std::size_t length = std::min<std::size_t>(data[0], size - 1);
        strings.emplace_back(reinterpret_cast<const char*>(data + 1), length);
    }
    return strings;
}

// Converts an ldns record of a type the engines use; other types are skipped (nullopt).
std::optional<Record> toRecord(const ldns_rr* rr) {
    auto type = static_cast<RecordType>(ldns_rr_get_type(rr));
    Record record;
    record.name = normalizeDomain(rdfToString(ldns_rr_owner(rr)));
    record.ttl = ldns_rr_ttl(rr);
    record.type = type;
    switch (type) {
    case RecordType::A:
    case RecordType::AAAA:
        if (ldns_rr_rd_count(rr) < 1)
            return std::nullopt;
        record.value = rdfToString(ldns_rr_rdf(rr, 0));
        return record;
    case RecordType::CNAME:
    case RecordType::PTR:
    case RecordType::NS:
        if (ldns_rr_rd_count(rr) < 1)
            return std::nullopt;
        record.value = normalizeDomain(rdfToString(ldns_rr_rdf(rr, 0)));
        return record;
    case RecordType::MX:
        if (ldns_rr_rd_count(rr) < 2)
            return std::nullopt;
        record.preference = ldns_rdf2native_int16(ldns_rr_rdf(rr, 0));
        record.value = normalizeDomain(rdfToString(ldns_rr_rdf(rr, 1)));
        return record;
    case RecordType::TXT:
    case RecordType::SPF:
        return Record::makeTxt(record.name, characterStrings(rr), record.ttl, type);
    case RecordType::SOA:
        return std::nullopt; // handled as the zone's origin
    }
    return std::nullopt;
}

// ldns reports the line a record ends on; a record in parentheses starts on the line where they open.
int firstLineOf(const std::vector<std::string_view>& lines, int lastLine) {
    int balance = 0;
    for (int line = lastLine; line >= 1 && line <= static_cast<int>(lines.size()); --line) {
        bool quoted = false;
        for (char c : lines[line - 1]) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ';' && !quoted)
                break;
            else if (!quoted && c == ')')
                ++balance;
            else if (!quoted && c == '(')
                --balance;
        }
        if (balance <= 0)
            return line;
    }
    return lastLine;
}

std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        auto end = text.find('\n');
        lines.push_back(text.substr(0, end));
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

Result<ZoneData> parseStream(FILE* fp, std::string_view text, std::string_view origin, const std::string& sourceName) {
    const auto lines = splitLines(text);
    ZoneData zone;
    RdfPtr originRdf;
    if (!origin.empty()) {
        std::string absolute(origin);
        if (absolute.back() != '.')
            absolute += '.';
        originRdf.reset(ldns_dname_new_frm_str(absolute.c_str()));
        if (!originRdf)
            return InputError{sourceName, 0, 0, "invalid origin \"" + std::string(origin) + "\""};
    }
    ldns_rdf* prev = nullptr;
    std::uint32_t defaultTtl = kDefaultTtl;
    int lineNumber = 0;
    bool sawSoa = false;
    while (!feof(fp)) {
        ldns_rr* raw = nullptr;
        ldns_rdf* originRaw = originRdf.release();
        ldns_status status = ldns_rr_new_frm_fp_l(&raw, fp, &defaultTtl, &originRaw, &prev, &lineNumber);
        originRdf.reset(originRaw);
        RrPtr rr(raw);
        if (status == LDNS_STATUS_SYNTAX_EMPTY || status == LDNS_STATUS_SYNTAX_TTL ||
            status == LDNS_STATUS_SYNTAX_ORIGIN)
            continue;
        if (status == LDNS_STATUS_SYNTAX_INCLUDE) {
            if (prev)
                ldns_rdf_deep_free(prev);
            return InputError{sourceName, lineNumber, 0, "$INCLUDE is not supported: pass each file with --zone"};
        }
        if (status != LDNS_STATUS_OK) {
            if (feof(fp) && status == LDNS_STATUS_SYNTAX_ERR && !rr)
                break; // trailing whitespace at the end of the file
            if (prev)
                ldns_rdf_deep_free(prev);
            std::string reason = ldns_get_errorstr_by_id(status);
            if (status == LDNS_STATUS_SYNTAX_DNAME_ERR && !originRdf)
                reason += " (relative name without $ORIGIN: add $ORIGIN or pass --origin)";
            return InputError{sourceName, std::max(lineNumber, 1), 0, reason};
        }
        if (ldns_rr_get_type(rr.get()) == LDNS_RR_TYPE_SOA) {
            std::uint32_t negative = kDefaultNegativeTtl;
            if (ldns_rr_rd_count(rr.get()) >= 7)
                negative = std::min(ldns_rr_ttl(rr.get()), ldns_rdf2native_int32(ldns_rr_rdf(rr.get(), 6)));
            zone.addOrigin(rdfToString(ldns_rr_owner(rr.get())), negative);
            sawSoa = true;
            continue;
        }
        if (auto record = toRecord(rr.get()))
            zone.addRecord(std::move(*record), firstLineOf(lines, lineNumber));
    }
    if (prev)
        ldns_rdf_deep_free(prev);
    if (!sawSoa && !origin.empty())
        zone.addOrigin(origin);
    if (!sawSoa && origin.empty()) {
        // No SOA and no origin: the file is authoritative for its top-most owner names.
        for (const auto& record : zone.records()) {
            bool below = false;
            for (const auto& other : zone.records())
                below = below || (other.name != record.name && isSubdomainOf(record.name, other.name));
            if (!below)
                zone.addOrigin(record.name);
        }
    }
    return zone;
}

} // namespace

Result<ZoneData> ZoneData::fromFile(const std::string& path, std::string_view origin) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot open zone file"};
    std::ostringstream text;
    text << in.rdbuf();
    return fromText(text.str(), origin, path);
}

Result<ZoneData> ZoneData::fromText(std::string_view text, std::string_view origin, const std::string& sourceName) {
    std::string copy(text);
    if (copy.empty() || copy.back() != '\n')
        copy += '\n';
    std::unique_ptr<FILE, int (*)(FILE*)> fp(fmemopen(copy.data(), copy.size(), "r"), &std::fclose);
    if (!fp)
        return InputError{sourceName, 0, 0, "cannot read zone text"};
    auto zone = parseStream(fp.get(), copy, origin, sourceName);
    if (zone)
        zone->m_sourceName = sourceName;
    return zone;
}

void ZoneData::addOrigin(std::string_view origin, std::uint32_t negativeTtl) {
    auto name = normalizeDomain(origin);
    if (m_origins.emplace(name, negativeTtl).second)
        m_originList.push_back(name);
    m_existing.insert(name);
}

void ZoneData::addRecord(Record record, int line) {
    record.name = normalizeDomain(record.name);
    for (std::string name = record.name; !name.empty(); name = parentOf(name))
        m_existing.insert(name);
    m_byName.emplace(record.name, m_records.size());
    m_lines.push_back(line);
    m_records.push_back(std::move(record));
}

void ZoneData::addTimeout(std::string_view name) { m_timeouts.insert(normalizeDomain(name)); }

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
    const std::string* best = nullptr;
    for (const auto& [origin, ttl] : m_origins)
        if (isSubdomainOf(name, origin) && (!best || origin.size() > best->size()))
            best = &origin;
    return best;
}

bool ZoneData::covers(std::string_view name) const {
    if (m_origins.empty())
        return true;
    return originFor(normalizeDomain(name)) != nullptr;
}

bool ZoneData::nameExists(const std::string& name) const { return m_existing.count(name) > 0; }

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
    const std::string name = normalizeDomain(rawName);
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
    for (std::string encloser = parentOf(name); !encloser.empty(); encloser = parentOf(encloser)) {
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
