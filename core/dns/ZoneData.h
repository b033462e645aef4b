#pragma once
// Records held in memory with authoritative semantics: loaded from RFC 1035 master files with ldns,
// or built in code (tests, the simulator's overlay zone of intermediaries).

#include "core/common/Result.h"
#include "core/dns/Answer.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dns {

class ZoneData {
public:
    // Reads a master file. `origin` is used when the file has no $ORIGIN (may be empty: then the
    // file must give one or use absolute names). A syntax error is an InputError with file and line.
    static Result<ZoneData> fromFile(const std::string& path, std::string_view origin = {});
    static Result<ZoneData> fromText(std::string_view text, std::string_view origin, const std::string& sourceName);

    // Names at or below an origin are answered authoritatively. With no origin added at all, the
    // data is authoritative for every name (in-memory test data such as the RFC 7208 suite).
    void addOrigin(std::string_view origin, std::uint32_t negativeTtl = 300);
    void addRecord(Record record, int line = 0); // line: where it stands in the source file
    // A name whose every query fails with a timeout (temperror), as the RFC 7208 suite's TIMEOUT.
    void addTimeout(std::string_view name);
    // Adds all records, origins and timeouts of another zone (later zones extend earlier ones).
    void merge(const ZoneData& other);

    bool covers(std::string_view name) const;
    // Authoritative lookup of one name/type without following CNAMEs across the data (ZoneResolver
    // does that). Returns the records of `type`, or the CNAME at the name, with the right status.
    Answer lookup(std::string_view name, RecordType type) const;

    const std::vector<std::string>& origins() const { return m_originList; }
    // Every record, in insertion order (zone lint walks them).
    const std::vector<Record>& records() const { return m_records; }
    // The source line of a record (0 when built in code); index into records().
    int lineOf(std::size_t recordIndex) const;
    const std::string& sourceName() const { return m_sourceName; }

private:
    bool nameExists(const std::string& name) const;
    const std::string* originFor(const std::string& name) const;
    Answer answerFromIndexes(const std::string& qname, const std::string& owner, RecordType type) const;

    std::vector<Record> m_records;
    std::vector<int> m_lines;
    std::multimap<std::string, std::size_t> m_byName;
    std::set<std::string> m_existing; // owners and their ancestors (empty non-terminals exist)
    std::map<std::string, std::uint32_t> m_origins; // origin -> negative TTL
    std::vector<std::string> m_originList;
    std::set<std::string> m_timeouts;
    std::string m_sourceName;
};

} // namespace dmarcplan::dns
