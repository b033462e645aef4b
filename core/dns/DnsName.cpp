#include "core/dns/DnsName.h"

#include "core/common/DomainName.h"

#include <cstdio>

namespace dmarcplan::dns {

namespace {

constexpr std::size_t kMaxLabel = 63;                // RFC 1035 §2.3.4
constexpr std::size_t kMaxWire = 255;                // RFC 1035 §2.3.4, the root label included
constexpr std::string_view kSpecials = ".\\;()\"@$"; // written "\X": they mean something in zone files

char lowerAscii(unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// The offset just past the label separator that follows `from`, or npos. Works on canonical text,
// where an escape is "\X" or "\DDD" (the digits are never a dot, so skipping one byte is enough).
std::size_t nextLabel(std::string_view name, std::size_t from) {
    for (std::size_t i = from; i < name.size(); ++i) {
        if (name[i] == '\\')
            ++i;
        else if (name[i] == '.')
            return i + 1;
    }
    return std::string_view::npos;
}

} // namespace

ParsedName parseName(std::string_view text) {
    ParsedName parsed;
    if (text.empty() || text == ".") {
        parsed.wire.assign(1, '\0');
        parsed.absolute = text == ".";
        return parsed;
    }
    std::string label;
    auto endLabel = [&](bool last) {
        if (label.empty()) {
            parsed.error = last ? "the name ends with an empty label" : "empty label (two dots in a row)";
            return false;
        }
        if (label.size() > kMaxLabel) {
            parsed.error = "label of " + std::to_string(label.size()) + " bytes: at most 63";
            return false;
        }
        parsed.wire += static_cast<char>(label.size());
        parsed.wire += label;
        label.clear();
        return true;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '.') {
            if (!endLabel(false))
                return parsed;
            if (i + 1 == text.size())
                parsed.absolute = true;
            continue;
        }
        if (c == '\\') {
            if (i + 1 == text.size()) {
                parsed.error = "the name ends with a lone '\\'";
                return parsed;
            }
            if (isDigit(text[i + 1])) {
                if (i + 3 >= text.size() || !isDigit(text[i + 2]) || !isDigit(text[i + 3])) {
                    parsed.error = "'\\' followed by a digit needs three digits (\\DDD)";
                    return parsed;
                }
                int value = (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
                if (value > 255) {
                    parsed.error = "\\" + std::string(text.substr(i + 1, 3)) + " is not a byte (at most \\255)";
                    return parsed;
                }
                label += lowerAscii(static_cast<unsigned char>(value));
                i += 3;
                continue;
            }
            c = text[++i];
        }
        label += lowerAscii(static_cast<unsigned char>(c));
    }
    if (!parsed.absolute && !endLabel(true))
        return parsed;
    parsed.wire += '\0';
    if (parsed.wire.size() > kMaxWire)
        parsed.error = "name of " + std::to_string(parsed.wire.size()) + " bytes in wire form: at most 255";
    return parsed;
}

std::optional<std::string> nameFromWire(const std::uint8_t* wire, std::size_t size) {
    std::string text;
    std::size_t i = 0;
    while (true) {
        if (i >= size)
            return std::nullopt;
        std::size_t length = wire[i++];
        if (length == 0)
            return text;
        if (length > kMaxLabel || i + length > size)
            return std::nullopt;
        if (i > 1) // not the first label
            text += '.';
        for (std::size_t end = i + length; i < end; ++i) {
            auto c = static_cast<unsigned char>(lowerAscii(wire[i]));
            if (kSpecials.find(static_cast<char>(c)) != std::string_view::npos) {
                text += '\\';
                text += static_cast<char>(c);
            } else if (c < 0x21 || c > 0x7e) {
                char escaped[5];
                std::snprintf(escaped, sizeof escaped, "\\%03u", static_cast<unsigned>(c));
                text += escaped;
            } else {
                text += static_cast<char>(c);
            }
        }
    }
}

std::string canonicalName(std::string_view text) {
    auto parsed = parseName(text);
    if (!parsed.ok())
        return normalizeDomain(text);
    return *nameFromWire(reinterpret_cast<const std::uint8_t*>(parsed.wire.data()), parsed.wire.size());
}

std::string parentName(std::string_view name) {
    auto next = nextLabel(name, 0);
    return next == std::string_view::npos ? std::string() : std::string(name.substr(next));
}

bool isAtOrBelow(std::string_view name, std::string_view ancestor) {
    if (ancestor.empty())
        return true;
    for (std::size_t start = 0; start != std::string_view::npos; start = nextLabel(name, start))
        if (name.substr(start) == ancestor)
            return true;
    return false;
}

} // namespace dmarcplan::dns
