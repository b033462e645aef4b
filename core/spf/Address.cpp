#include "core/spf/Address.h"

#include <arpa/inet.h>
#include <cstring>

namespace dmarcplan::spf {

std::optional<IpAddress> IpAddress::parseV4(std::string_view text) {
    // inet_pton accepts exactly four decimal octets; RFC 7208's qnum forbids nothing more than that
    // except leading zeros, which inet_pton rejects too.
    std::string copy(text);
    IpAddress address;
    if (inet_pton(AF_INET, copy.c_str(), address.bytes.data()) != 1)
        return std::nullopt;
    return address;
}

std::optional<IpAddress> IpAddress::parseV6(std::string_view text) {
    std::string copy(text);
    IpAddress address;
    address.v6 = true;
    if (inet_pton(AF_INET6, copy.c_str(), address.bytes.data()) != 1)
        return std::nullopt;
    return address;
}

std::optional<IpAddress> IpAddress::parse(std::string_view text) {
    if (auto v4 = parseV4(text))
        return v4;
    auto v6 = parseV6(text);
    if (!v6)
        return std::nullopt;
    static constexpr std::uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(v6->bytes.data(), kMapped, 12) == 0) {
        IpAddress v4;
        std::memcpy(v4.bytes.data(), v6->bytes.data() + 12, 4);
        return v4;
    }
    return v6;
}

std::string IpAddress::toString() const {
    char buffer[INET6_ADDRSTRLEN] = {};
    inet_ntop(v6 ? AF_INET6 : AF_INET, bytes.data(), buffer, sizeof buffer);
    return buffer;
}

std::string IpAddress::macroForm() const {
    if (!v6)
        return toString();
    // Nibbles in upper case, as the RFC 7208 test suite's reference implementation writes them
    // (v-macro-ip6); DNS names compare case-insensitively, so lookups are unaffected.
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(63);
    for (std::size_t i = 0; i < 16; ++i) {
        if (i)
            out += '.';
        out += kHex[bytes[i] >> 4];
        out += '.';
        out += kHex[bytes[i] & 0xf];
    }
    return out;
}

std::string IpAddress::reverseName() const {
    std::string out;
    if (!v6) {
        for (int i = 3; i >= 0; --i)
            out += std::to_string(bytes[static_cast<std::size_t>(i)]) + ".";
        return out + "in-addr.arpa";
    }
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i) {
        out += kHex[bytes[static_cast<std::size_t>(i)] & 0xf];
        out += '.';
        out += kHex[bytes[static_cast<std::size_t>(i)] >> 4];
        out += '.';
    }
    return out + "ip6.arpa";
}

bool IpAddress::inNetwork(const IpAddress& network, int prefix) const {
    if (v6 != network.v6)
        return false;
    return masked(prefix).bytes == network.masked(prefix).bytes;
}

IpAddress IpAddress::masked(int prefix) const {
    IpAddress out = *this;
    int total = bits();
    if (prefix < 0)
        prefix = 0;
    for (int bit = prefix; bit < total; ++bit)
        out.bytes[static_cast<std::size_t>(bit / 8)] &= static_cast<std::uint8_t>(~(0x80u >> (bit % 8)));
    for (std::size_t i = static_cast<std::size_t>(total / 8); i < 16; ++i)
        out.bytes[i] = 0;
    return out;
}

bool IpAddress::hasHostBits(int prefix) const {
    return masked(prefix) != *this;
}

} // namespace dmarcplan::spf
