#pragma once
// IP addresses and networks as SPF compares them (ip4/ip6 mechanisms, a/mx CIDR lengths, %{i}).

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dmarcplan::spf {

struct IpAddress {
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes{}; // IPv4 uses the first 4

    // Accepts dotted-quad IPv4 and any RFC 4291 IPv6 text. An IPv4-mapped IPv6 address
    // (::ffff:a.b.c.d) is returned as IPv4, as RFC 7208 §5 treats the client as IPv4 then.
    static std::optional<IpAddress> parse(std::string_view text);
    // Strict RFC 7208 ip4-network: four decimal octets (what `ip4:` accepts).
    static std::optional<IpAddress> parseV4(std::string_view text);
    static std::optional<IpAddress> parseV6(std::string_view text);

    int bits() const { return v6 ? 128 : 32; }
    std::string toString() const; // canonical text (IPv6 compressed)
    // %{i}: dotted decimal for IPv4, dot-separated nibbles for IPv6 (RFC 7208 §7.3).
    std::string macroForm() const;
    // The in-addr.arpa / ip6.arpa name for PTR lookups.
    std::string reverseName() const;

    // true when the first `prefix` bits of both addresses agree (same family only).
    bool inNetwork(const IpAddress& network, int prefix) const;
    // true when bits beyond `prefix` are set (a CIDR written with host bits).
    bool hasHostBits(int prefix) const;
    IpAddress masked(int prefix) const;

    bool operator==(const IpAddress&) const = default;
    auto operator<=>(const IpAddress&) const = default;
};

} // namespace dmarcplan::spf
