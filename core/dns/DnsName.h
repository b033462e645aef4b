#pragma once
// The one canonical form of a DNS name, used wherever names are compared or used as keys (zone data,
// answers from live DNS, the cache). A name is written in RFC 1035 §5.1 presentation form: labels
// separated by dots, "\X" for a literal X (so "a\.b" is one label holding a dot) and "\DDD" for any
// byte; other bytes stand for themselves (an SPF macro may expand to a name holding a space). The
// canonical form of a name is its labels, ASCII letters lower-cased (RFC 4343), written back with a
// fixed escaping: "\." "\\" and the other zone-file specials as "\X", bytes outside 0x21..0x7e as
// "\DDD", no trailing dot. Two spellings of the same name therefore give the same string.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dmarcplan::dns {

struct ParsedName {
    std::string wire;      // lower-cased uncompressed wire form, ending with the root label (0)
    bool absolute = false; // written with a trailing unescaped dot
    std::string error;     // why the text is not a name (empty when it is)
    bool ok() const { return error.empty(); }
};

// RFC 1035 §2.3.4: labels of 1..63 bytes, at most 255 bytes in wire form. "" and "." are the root.
ParsedName parseName(std::string_view text);

// The canonical text of a wire-form name (lower-cased here too); nullopt when the bytes are not an
// uncompressed name that ends within `size`.
std::optional<std::string> nameFromWire(const std::uint8_t* wire, std::size_t size);

// The canonical text of a name in presentation form. Text that is not a valid name (an empty label,
// a label over 63 bytes) cannot exist in DNS: it is only lower-cased, so it still compares equal to
// itself and matches nothing else.
std::string canonicalName(std::string_view text);

// The canonical text one label up ("" above a top-level name). `name` must be canonical.
std::string parentName(std::string_view name);

// true when the canonical `name` equals `ancestor` or lies below it, labels matched whole (so
// "a\.b.example" is below "example" but not below "b.example").
bool isAtOrBelow(std::string_view name, std::string_view ancestor);

} // namespace dmarcplan::dns
