#include "core/dns/ZoneFileReader.h"

#include "core/dns/DnsName.h"
#include "core/dns/LdnsRecord.h"

#include <algorithm>
#include <ldns/ldns.h>
#include <memory>
#include <optional>
#include <vector>

namespace dmarcplan::dns {

namespace {

constexpr std::uint32_t kDefaultTtl = 3600;
constexpr std::uint32_t kDefaultNegativeTtl = 300;
constexpr std::uint32_t kMaxTtl = 2147483647;    // RFC 2181 §8: TTLs are 31-bit
constexpr std::size_t kMaxCharacterString = 255; // RFC 1035 §3.3: one length octet
constexpr std::size_t kMaxRdata = 65535;         // RFC 1035 §3.2.1: RDLENGTH is 16 bits
// ldns 1.8 reads the record data of one entry into a buffer of this many characters and drops the
// rest without a word; longer non-TXT data is refused here instead (TXT is decoded by us).
constexpr std::size_t kMaxRdataText = 65535;
// With no origin, ldns makes relative names in record data absolute at the root without a word. A
// stand-in origin whose label cannot be written by accident (it holds a NUL byte) shows them.
constexpr std::string_view kNoOriginLabel = "\\000no-origin";

struct RdfDeleter {
    void operator()(ldns_rdf* rdf) const { ldns_rdf_deep_free(rdf); }
};
struct RrDeleter {
    void operator()(ldns_rr* rr) const { ldns_rr_free(rr); }
};
using RdfPtr = std::unique_ptr<ldns_rdf, RdfDeleter>;
using RrPtr = std::unique_ptr<ldns_rr, RrDeleter>;

struct Token {
    std::string_view raw; // as written, quotes included
    int line = 0;
    int column = 0;
    bool quoted = false;
    int endColumn() const { return column + static_cast<int>(raw.size()); }
};

// One entry: a record or a directive, its lines joined where parentheses continue it.
struct Entry {
    std::vector<Token> tokens;
    bool blankStart = false; // the line starts with a blank: the previous owner is repeated
};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::string quote(std::string_view text) {
    constexpr std::size_t kShown = 40;
    if (text.size() <= kShown)
        return "'" + std::string(text) + "'";
    return "'" + std::string(text.substr(0, kShown)) + "...'";
}

// TTLs as RFC 1035 writes them (decimal seconds) or with BIND's units (1h30m), as ldns reads them.
std::optional<std::uint32_t> parseTtl(std::string_view text) {
    std::uint64_t total = 0;
    std::size_t i = 0;
    if (text.empty())
        return std::nullopt;
    while (i < text.size()) {
        if (!isDigit(text[i]))
            return std::nullopt;
        std::uint64_t number = 0;
        for (; i < text.size() && isDigit(text[i]); ++i) {
            number = number * 10 + static_cast<std::uint64_t>(text[i] - '0');
            if (number > kMaxTtl)
                return std::nullopt;
        }
        std::uint64_t unit = 1;
        if (i < text.size()) {
            switch (text[i] | 0x20) {
            case 's':
                unit = 1;
                break;
            case 'm':
                unit = 60;
                break;
            case 'h':
                unit = 3600;
                break;
            case 'd':
                unit = 86400;
                break;
            case 'w':
                unit = 604800;
                break;
            default:
                return std::nullopt;
            }
            ++i;
        }
        total += number * unit;
        if (total > kMaxTtl)
            return std::nullopt;
    }
    return static_cast<std::uint32_t>(total);
}

bool isUnusableType(std::uint16_t type) {
    // RFC 6891 §6.1.1 (OPT) and the question-only types of RFC 1035 §3.2.3 / RFC 1995 / RFC 2930.
    return type == LDNS_RR_TYPE_OPT || (type >= LDNS_RR_TYPE_TKEY && type <= LDNS_RR_TYPE_ANY);
}

std::string describeStatus(ldns_status status) {
    switch (status) {
    case LDNS_STATUS_INVALID_IP4:
        return "not an IPv4 address";
    case LDNS_STATUS_INVALID_IP6:
        return "not an IPv6 address";
    case LDNS_STATUS_INVALID_INT:
    case LDNS_STATUS_SYNTAX_INTEGER_OVERFLOW:
        return "a number is missing, malformed or too large";
    case LDNS_STATUS_INVALID_STR:
        return "a character-string is over 255 bytes";
    case LDNS_STATUS_DOMAINNAME_OVERFLOW:
    case LDNS_STATUS_LABEL_OVERFLOW:
        return "a name is too long (labels of at most 63 bytes, names of at most 255)";
    case LDNS_STATUS_EMPTY_LABEL:
    case LDNS_STATUS_SYNTAX_DNAME_ERR:
        return "a name is not valid";
    case LDNS_STATUS_SYNTAX_SUPERFLUOUS_TEXT_ERR:
        return "there is more data than the record type holds";
    case LDNS_STATUS_SYNTAX_MISSING_VALUE_ERR:
        return "a field is missing";
    case LDNS_STATUS_INVALID_B64:
        return "not valid base64";
    case LDNS_STATUS_INVALID_HEX:
        return "not valid hexadecimal";
    case LDNS_STATUS_SYNTAX_BAD_ESCAPE:
    case LDNS_STATUS_DDD_OVERFLOW:
        return "a \\ escape is not valid";
    case LDNS_STATUS_INVALID_TIME:
        return "not a valid time";
    default:
        return "ldns says: " + std::string(ldns_get_errorstr_by_id(status));
    }
}

class Reader {
public:
    Reader(std::string_view text, std::string_view origin, const std::string& sourceName,
           const ZoneReadOptions& options)
        : m_text(text), m_givenOrigin(origin), m_source(sourceName), m_options(options) {}

    Result<ZoneData> run() {
        if (!m_givenOrigin.empty()) {
            auto parsed = parseName(m_givenOrigin);
            if (!parsed.ok())
                return InputError{m_source, 0, 0, "invalid origin " + quote(m_givenOrigin) + ": " + parsed.error};
            m_origin = canonicalName(m_givenOrigin);
        }
        if (!scan())
            return *m_error;
        if (!m_sawSoa && !m_givenOrigin.empty())
            m_zone.addOrigin(canonicalName(m_givenOrigin));
        else if (!m_sawSoa && m_givenOrigin.empty())
            m_zone.addTopOwnersAsOrigins();
        return std::move(m_zone);
    }

private:
    bool fail(int line, int column, std::string message) {
        m_error = InputError{m_source, line, column, std::move(message)};
        return false;
    }
    bool fail(const Token& at, std::string message) { return fail(at.line, at.column, std::move(message)); }

    int column(std::size_t offset) const { return static_cast<int>(offset - m_lineStart) + 1; }

    // Splits the text into entries and handles each as soon as it is complete, so that the first
    // error in the file is the one reported.
    bool scan() {
        Entry entry;
        bool atLineStart = true;
        int depth = 0;
        int parenLine = 0, parenColumn = 0;
        std::size_t pos = 0;
        const std::size_t size = m_text.size();
        while (pos < size) {
            const char c = m_text[pos];
            if (atLineStart && depth == 0) {
                entry = Entry{};
                entry.blankStart = c == ' ' || c == '\t';
            }
            atLineStart = false;
            if (c == '\n') {
                if (depth == 0 && !entry.tokens.empty() && !handle(entry))
                    return false;
                if (depth == 0)
                    entry.tokens.clear();
                ++m_line;
                m_lineStart = ++pos;
                atLineStart = true;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r') {
                ++pos;
                continue;
            }
            if (c == ';') {
                while (pos < size && m_text[pos] != '\n')
                    ++pos;
                continue;
            }
            if (c == '\0')
                return fail(m_line, column(pos), "NUL byte in the zone file");
            if (c == '(') {
                // RFC 1035 §5.1 has no nesting; a second '(' almost always means the first was never
                // closed and has swallowed the lines since.
                if (depth > 0)
                    return fail(parenLine, parenColumn,
                                "'(' is not closed before the next '(' at line " + std::to_string(m_line) + " column " +
                                    std::to_string(column(pos)));
                depth = 1;
                parenLine = m_line;
                parenColumn = column(pos);
                ++pos;
                continue;
            }
            if (c == ')') {
                if (depth == 0)
                    return fail(m_line, column(pos), "')' without an opening '('");
                depth = 0;
                ++pos;
                continue;
            }
            Token token;
            token.line = m_line;
            token.column = column(pos);
            const std::size_t start = pos;
            if (c == '"') {
                token.quoted = true;
                for (++pos; pos < size && m_text[pos] != '"'; ++pos) {
                    if (m_text[pos] == '\\')
                        ++pos;
                    if (pos >= size || m_text[pos] == '\n')
                        break;
                }
                if (pos >= size || m_text[pos] != '"')
                    return fail(token, "the quoted string is not closed on its line");
                ++pos;
                if (pos < size && std::string_view(" \t\r\n;()").find(m_text[pos]) == std::string_view::npos)
                    return fail(m_line, column(pos),
                                "expected a blank after the closing quote, found " + quote(m_text.substr(pos, 1)));
            } else {
                for (; pos < size && std::string_view(" \t\r\n;()\"").find(m_text[pos]) == std::string_view::npos;
                     ++pos) {
                    if (m_text[pos] == '\\' && (pos + 1 >= size || m_text[pos + 1] == '\n'))
                        return fail(m_line, column(pos), "'\\' at the end of a line");
                    if (m_text[pos] == '\\')
                        ++pos;
                }
                if (pos < size && m_text[pos] == '"')
                    return fail(m_line, column(pos), "'\"' inside a word: quote the whole character-string");
            }
            token.raw = m_text.substr(start, pos - start);
            entry.tokens.push_back(token);
        }
        if (depth > 0)
            return fail(parenLine, parenColumn, "'(' is never closed: the record runs to the end of the file");
        return entry.tokens.empty() || handle(entry);
    }

    bool handle(const Entry& entry) {
        const Token& first = entry.tokens.front();
        if (!entry.blankStart && !first.quoted && first.raw.front() == '$')
            return directive(entry);
        return record(entry);
    }

    bool directive(const Entry& entry) {
        const Token& name = entry.tokens.front();
        std::string keyword(name.raw);
        std::transform(keyword.begin(), keyword.end(), keyword.begin(),
                       [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
        auto exactlyOneArgument = [&]() -> bool {
            if (entry.tokens.size() < 2)
                return fail(name.line, name.endColumn(), std::string(name.raw) + " needs a value");
            if (entry.tokens.size() > 2)
                return fail(entry.tokens[2], "unexpected " + quote(entry.tokens[2].raw) + " after " +
                                                 std::string(name.raw) + " " + std::string(entry.tokens[1].raw));
            return true;
        };
        if (keyword == "$ORIGIN") {
            if (!exactlyOneArgument())
                return false;
            auto origin = resolveName(entry.tokens[1], "origin");
            if (!origin)
                return false;
            m_origin = *origin;
            return true;
        }
        if (keyword == "$TTL") {
            if (!exactlyOneArgument())
                return false;
            auto ttl = parseTtl(entry.tokens[1].raw);
            if (!ttl || entry.tokens[1].quoted)
                return fail(entry.tokens[1], quote(entry.tokens[1].raw) +
                                                 " is not a TTL: seconds up to 2147483647, or units such as 1h30m");
            m_defaultTtl = *ttl;
            return true;
        }
        if (keyword == "$INCLUDE")
            return fail(name, "$INCLUDE is not supported: pass each file with --zone");
        if (keyword == "$GENERATE")
            return fail(name, "$GENERATE (a BIND extension) is not supported: write the records out");
        return fail(name, "unknown directive " + quote(name.raw) + ": only $ORIGIN and $TTL are read");
    }

    // A name as written in the file, made absolute with the current origin; canonical text.
    std::optional<std::string> resolveName(const Token& token, std::string_view what) {
        if (token.quoted) {
            fail(token, "the " + std::string(what) + " cannot be a quoted string");
            return std::nullopt;
        }
        if (token.raw == "@") {
            if (!m_origin)
                fail(token, "'@' stands for the origin, but there is none: add $ORIGIN or pass --origin");
            return m_origin;
        }
        auto parsed = parseName(token.raw);
        if (parsed.ok() && !parsed.absolute) {
            if (!m_origin) {
                fail(token, "relative " + std::string(what) + " " + quote(token.raw) +
                                " without an origin: add $ORIGIN, pass --origin or end the name with '.'");
                return std::nullopt;
            }
            parsed = parseName(std::string(token.raw) + "." + (m_origin->empty() ? "" : *m_origin + "."));
        }
        if (!parsed.ok()) {
            fail(token, "invalid " + std::string(what) + " " + quote(token.raw) + ": " + parsed.error);
            return std::nullopt;
        }
        return nameFromWire(reinterpret_cast<const std::uint8_t*>(parsed.wire.data()), parsed.wire.size());
    }

    bool record(const Entry& entry) {
        const auto& tokens = entry.tokens;
        std::size_t i = 0;
        std::string owner;
        if (entry.blankStart) {
            if (!m_previousOwner)
                return fail(tokens.front().line, 1,
                            "the first record starts with a blank, so it has no owner name to repeat");
            owner = *m_previousOwner;
        } else {
            auto resolved = resolveName(tokens.front(), "owner name");
            if (!resolved)
                return false;
            owner = *resolved;
            i = 1;
        }
        // RFC 1035 §5.1: [<TTL>] [<class>] <type> <RDATA>, TTL and class in either order.
        std::optional<std::uint32_t> ttl;
        bool sawClass = false;
        std::uint16_t type = 0;
        const Token* typeToken = nullptr;
        for (; i < tokens.size() && !typeToken; ++i) {
            const Token& t = tokens[i];
            const std::string word(t.raw);
            if (!t.quoted && isDigit(word.front())) {
                if (ttl)
                    return fail(t, "a second TTL " + quote(word));
                ttl = parseTtl(word);
                if (!ttl)
                    return fail(t, quote(word) + " is not a TTL: seconds up to 2147483647, or units such as 1h30m");
                continue;
            }
            if (!t.quoted) {
                if (auto rrClass = ldns_get_rr_class_by_name(word.c_str())) {
                    if (sawClass)
                        return fail(t, "a second class " + quote(word));
                    if (rrClass != LDNS_RR_CLASS_IN)
                        return fail(t, "class " + word + " is not supported: only IN (Internet) records are read");
                    sawClass = true;
                    continue;
                }
                if (auto rrType = ldns_get_rr_type_by_name(word.c_str())) {
                    if (isUnusableType(rrType))
                        return fail(t, quote(word) + " is a question type, not a record type for zone files");
                    type = rrType;
                    typeToken = &t;
                    continue;
                }
            }
            return fail(t, "expected " + expected(ttl.has_value(), sawClass) + ", found " + quote(word));
        }
        if (!typeToken) {
            const Token& last = tokens.back();
            return fail(last.line, last.endColumn() + 1,
                        "expected " + expected(ttl.has_value(), sawClass) + " after " + quote(last.raw) +
                            ", found the end of the record");
        }
        if (i == tokens.size())
            return fail(typeToken->line, typeToken->endColumn() + 1,
                        "the " + std::string(typeToken->raw) + " record has no data");
        m_previousOwner = owner;
        const std::uint32_t recordTtl = ttl ? *ttl : m_defaultTtl;
        const std::vector<Token> rdata(tokens.begin() + static_cast<std::ptrdiff_t>(i), tokens.end());
        const bool generic = rdata.front().raw == "\\#" && !rdata.front().quoted; // RFC 3597 §5
        if ((type == LDNS_RR_TYPE_TXT || type == LDNS_RR_TYPE_SPF) && !generic)
            return textRecord(owner, recordTtl, static_cast<RecordType>(type), rdata, tokens.front().line);
        return ldnsRecord(owner, recordTtl, *typeToken, rdata, tokens.front().line);
    }

    static std::string expected(bool sawTtl, bool sawClass) {
        if (!sawTtl && !sawClass)
            return "a TTL, class or record type";
        if (!sawClass)
            return "a class or record type";
        if (!sawTtl)
            return "a TTL or record type";
        return "a record type";
    }

    // TXT and SPF are decoded here, not by ldns: ldns 1.8 cuts their data at 65535 characters of
    // text without an error, which is both a silent truncation and a limit on the wrong thing.
    bool textRecord(const std::string& owner, std::uint32_t ttl, RecordType type, const std::vector<Token>& rdata,
                    int line) {
        std::vector<std::string> strings;
        std::size_t wireSize = 0;
        for (const Token& token : rdata) {
            std::string_view body = token.raw;
            int bodyColumn = token.column;
            if (token.quoted) {
                body = body.substr(1, body.size() - 2);
                ++bodyColumn;
            }
            std::string decoded;
            for (std::size_t k = 0; k < body.size(); ++k) {
                if (body[k] != '\\') {
                    decoded += body[k];
                    continue;
                }
                // RFC 1035 §5.1: \X is X, \DDD is the byte with that decimal value.
                if (k + 1 < body.size() && isDigit(body[k + 1])) {
                    if (k + 3 >= body.size() || !isDigit(body[k + 2]) || !isDigit(body[k + 3]))
                        return fail(token.line, bodyColumn + static_cast<int>(k),
                                    "'\\' followed by a digit needs three digits (\\DDD)");
                    int value = (body[k + 1] - '0') * 100 + (body[k + 2] - '0') * 10 + (body[k + 3] - '0');
                    if (value > 255)
                        return fail(token.line, bodyColumn + static_cast<int>(k),
                                    quote(body.substr(k, 4)) + " is not a byte (at most \\255)");
                    decoded += static_cast<char>(value);
                    k += 3;
                } else if (k + 1 < body.size()) {
                    decoded += body[++k];
                }
            }
            if (decoded.size() > kMaxCharacterString) {
                if (!m_options.onLongString)
                    return fail(token, "character-string of " + std::to_string(decoded.size()) +
                                           " bytes: at most 255 (RFC 1035 §3.3); split it into several quoted strings");
                m_options.onLongString(token.line, token.column, decoded.size());
                for (std::size_t at = 0; at < decoded.size(); at += kMaxCharacterString)
                    strings.push_back(decoded.substr(at, kMaxCharacterString));
            } else {
                strings.push_back(std::move(decoded));
            }
        }
        for (const auto& s : strings)
            wireSize += 1 + s.size();
        if (wireSize > kMaxRdata)
            return fail(rdata.front(), std::string(toString(type)) + " data of " + std::to_string(wireSize) +
                                           " bytes: at most 65535 (RFC 1035 §3.2.1, RDLENGTH is 16 bits)");
        m_zone.addRecord(Record::makeTxt(owner, std::move(strings), ttl, type), line);
        return true;
    }

    bool ldnsRecord(const std::string& owner, std::uint32_t ttl, const Token& typeToken,
                    const std::vector<Token>& rdata, int line) {
        std::string data;
        for (const Token& token : rdata) {
            if (!data.empty())
                data += ' ';
            data += token.raw;
        }
        const std::string typeName(typeToken.raw);
        const Token& at = rdata.front();
        if (data.size() > kMaxRdataText)
            return fail(at, "the " + typeName + " data is over 65535 characters");
        const bool haveOrigin = m_origin.has_value();
        const std::string originText =
            haveOrigin ? (m_origin->empty() ? "." : *m_origin + ".") : std::string(kNoOriginLabel) + ".";
        RdfPtr origin(ldns_dname_new_frm_str(originText.c_str()));
        const std::string text =
            (owner.empty() ? "." : owner + ".") + " " + std::to_string(ttl) + " IN " + typeName + " " + data;
        ldns_rr* raw = nullptr;
        ldns_status status = ldns_rr_new_frm_str(&raw, text.c_str(), ttl, origin.get(), nullptr);
        RrPtr rr(raw);
        if (status != LDNS_STATUS_OK || !rr)
            return fail(at, "invalid " + typeName + " data " + quote(data) + ": " + describeStatus(status));
        for (std::size_t k = 0; k < ldns_rr_rd_count(rr.get()); ++k) {
            const ldns_rdf* rdf = ldns_rr_rdf(rr.get(), k);
            if (!haveOrigin && ldns_rdf_get_type(rdf) == LDNS_RDF_TYPE_DNAME &&
                (ldns_dname_is_subdomain(rdf, origin.get()) || ldns_dname_compare(rdf, origin.get()) == 0))
                return fail(at, "relative name in the " + typeName +
                                    " data without an origin: add $ORIGIN, pass --origin or end the name with '.'");
        }
        if (ldns_rr_get_type(rr.get()) == LDNS_RR_TYPE_SOA) {
            // RFC 2308 §5: the negative TTL is the smaller of the SOA's TTL and its MINIMUM.
            std::uint32_t negative = kDefaultNegativeTtl;
            if (ldns_rr_rd_count(rr.get()) >= 7)
                negative = std::min(ldns_rr_ttl(rr.get()), ldns_rdf2native_int32(ldns_rr_rdf(rr.get(), 6)));
            m_zone.addOrigin(owner, negative);
            m_sawSoa = true;
            return true;
        }
        if (auto converted = recordFromLdns(rr.get(), owner))
            m_zone.addRecord(std::move(*converted), line);
        return true;
    }

    std::string_view m_text;
    std::string_view m_givenOrigin;
    const std::string& m_source;
    const ZoneReadOptions& m_options;
    ZoneData m_zone;
    std::optional<InputError> m_error;
    std::optional<std::string> m_origin; // canonical; "" is the root
    std::optional<std::string> m_previousOwner;
    std::uint32_t m_defaultTtl = kDefaultTtl;
    bool m_sawSoa = false;
    int m_line = 1;
    std::size_t m_lineStart = 0;
};

} // namespace

Result<ZoneData> ZoneFileReader::read(std::string_view text, std::string_view origin, const std::string& sourceName,
                                      const ZoneReadOptions& options) {
    return Reader(text, origin, sourceName, options).run();
}

} // namespace dmarcplan::dns
