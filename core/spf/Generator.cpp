#include "core/spf/Generator.h"

#include "core/common/DomainName.h"
#include "core/spf/Address.h"
#include "core/spf/Linter.h"
#include "core/spf/Parser.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

namespace dmarcplan::spf {

namespace {

constexpr int kLookupLimit = 10;

struct Network {
    IpAddress address;
    int prefix = 32;
    auto operator<=>(const Network&) const = default;
};

std::optional<Network> parseNetwork(std::string_view text) {
    Network network;
    auto slash = text.find('/');
    auto address = IpAddress::parse(text.substr(0, slash));
    if (!address)
        return std::nullopt;
    network.address = *address;
    network.prefix = address->bits();
    if (slash != std::string_view::npos) {
        const auto digits = text.substr(slash + 1);
        if (digits.empty() || digits.size() > 3 || !std::all_of(digits.begin(), digits.end(), ::isdigit))
            return std::nullopt;
        network.prefix = std::stoi(std::string(digits));
        if (network.prefix > address->bits())
            return std::nullopt;
    }
    network.address = network.address.masked(network.prefix);
    return network;
}

// The fewest networks covering the same addresses: drop covered ones, join sibling halves.
std::vector<Network> aggregate(std::vector<Network> networks) {
    bool changed = true;
    while (changed) {
        changed = false;
        std::sort(networks.begin(), networks.end(), [](const Network& x, const Network& y) {
            return std::tie(x.prefix, x.address) < std::tie(y.prefix, y.address);
        });
        std::vector<Network> kept;
        for (const auto& n : networks) {
            bool covered = std::any_of(kept.begin(), kept.end(), [&](const Network& k) {
                return k.address.v6 == n.address.v6 && k.prefix <= n.prefix && n.address.inNetwork(k.address, k.prefix);
            });
            if (!covered)
                kept.push_back(n);
        }
        changed = kept.size() != networks.size();
        networks = std::move(kept);
        for (std::size_t i = 0; i < networks.size() && !changed; ++i) {
            for (std::size_t j = i + 1; j < networks.size() && !changed; ++j) {
                const auto& x = networks[i];
                const auto& y = networks[j];
                if (x.address.v6 == y.address.v6 && x.prefix == y.prefix && x.prefix > 0 &&
                    x.address.masked(x.prefix - 1) == y.address.masked(y.prefix - 1)) {
                    Network merged{x.address.masked(x.prefix - 1), x.prefix - 1};
                    networks.erase(networks.begin() + static_cast<std::ptrdiff_t>(j));
                    networks[i] = merged;
                    changed = true;
                }
            }
        }
    }
    std::sort(networks.begin(), networks.end(), [](const Network& x, const Network& y) {
        return std::tie(x.address.v6, x.address.bytes, x.prefix) < std::tie(y.address.v6, y.address.bytes, y.prefix);
    });
    return networks;
}

std::string termFor(const Network& n) {
    std::string term = (n.address.v6 ? "ip6:" : "ip4:") + n.address.toString();
    if (n.prefix != n.address.bits())
        term += "/" + std::to_string(n.prefix);
    return term;
}

std::string buildText(const std::vector<Network>& networks, bool a, bool mx, const std::vector<std::string>& includes,
                      FinalPolicy policy) {
    std::string text = "v=spf1";
    for (const auto& n : aggregate(networks))
        text += " " + termFor(n);
    if (a)
        text += " a";
    if (mx)
        text += " mx";
    for (const auto& include : includes)
        text += " include:" + include;
    text += policy == FinalPolicy::Fail ? " -all" : " ~all";
    return text;
}

GeneratedRecord finish(std::string text, const std::string& domain, dns::Resolver& resolver) {
    GeneratedRecord record;
    record.owner = domain;
    record.text = std::move(text);
    record.strings = splitIntoStrings(record.text);
    auto report = analyzeRecord(record.text, domain, resolver);
    record.dnsLookups = report.evaluationOrder;
    for (const auto& f : report.findings)
        if (f.code == "SPF-INCLUDE-TEMPERROR" || f.code == "SPF-INCLUDE-NXDOMAIN" || f.code == "SPF-INCLUDE-NO-RECORD")
            record.lookupsComplete = false;
    return record;
}

// Collects the addresses an include stands for. false when it holds terms that cannot be copied
// (macros, exists, ptr) or could not be read.
bool collect(const std::string& domain, dns::Resolver& resolver, std::vector<Network>& out, std::set<std::string>& seen,
             int depth) {
    if (depth > 10 || !seen.insert(domain).second)
        return depth <= 10;
    auto answer = resolver.query(domain, dns::RecordType::TXT);
    std::vector<std::string> records;
    for (const auto& r : answer.records)
        if (isSpfRecord(r.value))
            records.push_back(r.value);
    if (records.size() != 1)
        return false;
    auto parsed = parseRecord(records.front());
    if (!parsed.ok())
        return false;
    auto addAddresses = [&](const std::string& name, const Mechanism& m) {
        for (auto type : {dns::RecordType::A, dns::RecordType::AAAA}) {
            auto addresses = resolver.query(name, type);
            if (addresses.status == dns::Status::TempError)
                return false;
            for (const auto& a : addresses.records)
                if (auto ip = IpAddress::parse(a.value))
                    out.push_back({ip->masked(ip->v6 ? m.prefix6() : m.prefix4()), ip->v6 ? m.prefix6() : m.prefix4()});
        }
        return true;
    };
    for (const auto& term : parsed.record->terms) {
        if (const auto* modifier = term.modifier()) {
            if (modifier->kind == ModifierKind::Redirect && !parsed.record->hasAll()) {
                if (hasMacros(modifier->value) ||
                    !collect(normalizeDomain(modifier->value), resolver, out, seen, depth + 1))
                    return false;
            }
            continue;
        }
        const Mechanism& m = *term.mechanism();
        // Only "pass" terms authorize; anything else would change meaning when copied.
        if (m.qualifier != Qualifier::Pass && m.kind != MechanismKind::All)
            return false;
        if (hasMacros(m.domainSpec))
            return false;
        const std::string target = m.domainSpec.empty() ? domain : normalizeDomain(m.domainSpec);
        switch (m.kind) {
        case MechanismKind::All:
            if (m.qualifier == Qualifier::Pass)
                return false;
            break;
        case MechanismKind::Ip4:
        case MechanismKind::Ip6: {
            int prefix = m.kind == MechanismKind::Ip4 ? m.prefix4() : m.prefix6();
            out.push_back({m.network->masked(prefix), prefix});
            break;
        }
        case MechanismKind::A:
            if (!addAddresses(target, m))
                return false;
            break;
        case MechanismKind::Mx: {
            auto mx = resolver.query(target, dns::RecordType::MX);
            if (mx.status == dns::Status::TempError)
                return false;
            for (const auto& exchange : mx.records)
                if (!addAddresses(exchange.value, m))
                    return false;
            break;
        }
        case MechanismKind::Include:
            if (!collect(target, resolver, out, seen, depth + 1))
                return false;
            break;
        case MechanismKind::Ptr:
        case MechanismKind::Exists:
            return false;
        }
    }
    return true;
}

} // namespace

std::vector<std::string> splitIntoStrings(std::string_view record, std::size_t limit) {
    std::vector<std::string> strings;
    while (record.size() > limit) {
        std::size_t cut = limit;
        auto space = record.substr(0, limit).rfind(' ');
        if (space != std::string_view::npos && space > 0)
            cut = space + 1; // the space ends this string, so joining gives the record back
        strings.emplace_back(record.substr(0, cut));
        record.remove_prefix(cut);
    }
    strings.emplace_back(record);
    return strings;
}

std::string GeneratedRecord::zoneLine(std::uint32_t ttl) const {
    std::string line = (owner.empty() ? std::string("@") : owner + ".") + " " + std::to_string(ttl) + " IN TXT";
    for (const auto& s : strings) {
        line += " \"";
        for (char c : s) {
            if (c == '"' || c == '\\')
                line += '\\';
            line += c;
        }
        line += '"';
    }
    return line;
}

dmarcplan::Result<Generation> generate(const SenderDescription& senders, dns::Resolver& resolver) {
    const std::string domain = normalizeDomain(senders.domain);
    if (!domain.empty() && !isValidDomainName(domain))
        return InputError{"--domain", 0, 0, "\"" + senders.domain + "\" is not a valid domain name"};
    std::vector<Network> networks;
    for (const auto& text : senders.addresses) {
        auto network = parseNetwork(text);
        if (!network)
            return InputError{"--ip", 0, 0, "\"" + text + "\" is not an IPv4/IPv6 address or CIDR range"};
        networks.push_back(*network);
    }
    std::vector<std::string> includes;
    for (const auto& include : senders.includes) {
        auto name = normalizeDomain(include);
        if (!isValidDomainName(name))
            return InputError{"--include", 0, 0, "\"" + include + "\" is not a valid domain name"};
        if (std::find(includes.begin(), includes.end(), name) == includes.end())
            includes.push_back(name);
    }
    if ((senders.a || senders.mx) && domain.empty())
        return InputError{"--domain", 0, 0, "--a and --mx need the domain the record is published at"};

    Generation generation;
    generation.record = finish(buildText(networks, senders.a, senders.mx, includes, senders.policy), domain, resolver);
    if (generation.record.dnsLookups > kLookupLimit) {
        Finding note;
        note.code = "SPF-GENERATE-OVER-LIMIT";
        note.severity = Severity::Error;
        note.params = {{"count", std::to_string(generation.record.dnsLookups)}};
        generation.notes.push_back(note);
    }
    if ((generation.record.dnsLookups > kLookupLimit || senders.flatten) && !includes.empty()) {
        std::vector<Network> flat = networks;
        for (const auto& include : includes) {
            std::vector<Network> found;
            std::set<std::string> seen;
            if (collect(include, resolver, found, seen, 0)) {
                flat.insert(flat.end(), found.begin(), found.end());
                generation.flattenedIncludes.push_back(include);
            } else {
                generation.keptIncludes.push_back(include);
            }
        }
        generation.flattened =
            finish(buildText(flat, senders.a, senders.mx, generation.keptIncludes, senders.policy), domain, resolver);
        Finding note;
        note.code = "SPF-GENERATE-FLATTENED";
        note.severity = Severity::Warning;
        std::string list;
        for (const auto& include : generation.flattenedIncludes)
            list += (list.empty() ? "" : ", ") + include;
        note.params = {{"includes", list}, {"count", std::to_string(generation.flattened->dnsLookups)}};
        generation.notes.push_back(note);
    }
    return generation;
}

namespace {
nlohmann::json recordJson(const GeneratedRecord& record) {
    return {{"record", record.text},
            {"strings", record.strings},
            {"zone_line", record.zoneLine()},
            {"dns_lookups", record.dnsLookups},
            {"dns_lookups_complete", record.lookupsComplete}};
}
} // namespace

nlohmann::json toJson(const Generation& generation) {
    nlohmann::json j = recordJson(generation.record);
    j["flattened"] = generation.flattened ? recordJson(*generation.flattened) : nlohmann::json(nullptr);
    j["flattened_includes"] = generation.flattenedIncludes;
    j["kept_includes"] = generation.keptIncludes;
    j["notes"] = dmarcplan::toJson(generation.notes);
    return j;
}

} // namespace dmarcplan::spf
