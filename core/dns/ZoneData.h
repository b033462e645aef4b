#pragma once
// Records held in memory with authoritative semantics: loaded from RFC 1035 master files with ldns,
// or built in code (tests, the simulator's overlay zone of intermediaries).

#include "core/common/Result.h"
#include "core/dns/Answer.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dns {

struct ZoneReadOptions {
    // Called for each character-string over 255 bytes (RFC 1035 §3.3), which is then split into
    // strings of 255 so that the rest of the file can be checked (zone lint reports it). Without it,
    // such a string is an error.
    std::function<void(int line, int column, std::size_t bytes)> onLongString;
};

class ZoneData {
public:
    // Reads a master file (RFC 1035 §5) strictly: anything that is not a record of class IN or a
    // $ORIGIN/$TTL directive is an InputError with file, line and column; nothing is skipped or cut.
    // `origin` is used when the file has no $ORIGIN (may be empty: then the file must give one or
    // use absolute names). Names are kept in canonical form (core/dns/DnsName.h).
    static Result<ZoneData> fromFile(const std::string& path, std::string_view origin = {},
                                     const ZoneReadOptions& options = {});
    static Result<ZoneData> fromText(std::string_view text, std::string_view origin, const std::string& sourceName,
                                     const ZoneReadOptions& options = {});

    // Names at or below an origin are answered authoritatively. With no origin added at all, the
    // data is authoritative for every name (in-memory test data such as the RFC 7208 suite).
    void addOrigin(std::string_view origin, std::uint32_t negativeTtl = 300);
    void addRecord(Record record, int line = 0); // line: where it stands in the source file
    // A name whose every query fails with a timeout (temperror), as the RFC 7208 suite's TIMEOUT.
    void addTimeout(std::string_view name);
    // Makes every owner name that has no other owner above it an origin: how a file with no SOA and
    // no origin given is read (it is authoritative for its top-most names).
    void addTopOwnersAsOrigins();
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
    std::set<std::string> m_existing;               // owners and their ancestors (empty non-terminals exist)
    std::map<std::string, std::uint32_t> m_origins; // origin -> negative TTL
    std::vector<std::string> m_originList;
    std::set<std::string> m_timeouts;
    std::string m_sourceName;
};

} // namespace dmarcplan::dns
