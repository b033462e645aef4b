#include "core/simulate/OwnServer.h"

#include "core/common/DomainName.h"

#include <algorithm>
#include <utility>

namespace dmarcplan::simulate {

spf::CheckRequest spfRequest(const std::string& ip, const std::string& sender, const std::string& helo) {
    spf::CheckRequest request;
    request.ip = ip;
    request.sender = sender;
    request.helo = helo;
    return request;
}

OwnServer discoverOwnServer(dns::Resolver& resolver, const std::string& domain, const std::string& ownIp) {
    OwnServer own;
    // Candidates in the order a domain's own outgoing server is usually found: its MX hosts, the
    // domain's address, an ip4/ip6 term of its SPF record. The first one its SPF authorises wins.
    std::vector<std::pair<std::string, std::string>> candidates; // (ip, helo)
    if (!ownIp.empty())
        candidates.emplace_back(ownIp, "");
    auto mx = resolver.query(domain, dns::RecordType::MX);
    auto byPreference = mx.records;
    std::stable_sort(byPreference.begin(), byPreference.end(),
                     [](const auto& a, const auto& b) { return a.preference < b.preference; });
    for (const auto& record : byPreference)
        for (auto type : {dns::RecordType::A, dns::RecordType::AAAA})
            for (const auto& address : resolver.query(record.value, type).records)
                candidates.emplace_back(address.value, record.value);
    for (auto type : {dns::RecordType::A, dns::RecordType::AAAA})
        for (const auto& address : resolver.query(domain, type).records)
            candidates.emplace_back(address.value, domain);
    for (const auto& value : resolver.query(domain, dns::RecordType::TXT).values()) {
        if (toLower(value.substr(0, 7)) != "v=spf1 ")
            continue;
        for (std::string_view prefix : {" ip4:", " ip6:"}) {
            auto at = value.find(prefix);
            if (at == std::string::npos)
                continue;
            auto start = at + prefix.size();
            auto term = value.substr(start, value.find(' ', start) - start);
            auto slash = term.find('/');
            candidates.emplace_back(term.substr(0, slash), "");
        }
    }
    for (auto& candidate : candidates)
        if (candidate.second.empty())
            candidate.second = "mail." + domain;
    if (!ownIp.empty()) {
        own.ip = ownIp;
        own.helo = candidates.size() > 1 ? candidates[1].second : "mail." + domain;
        return own;
    }
    for (const auto& [ip, helo] : candidates) {
        auto outcome = spf::checkHost(resolver, spfRequest(ip, "postmaster@" + domain, helo));
        if (outcome.result == spf::Result::Pass) {
            own.ip = ip;
            own.helo = helo;
            break;
        }
    }
    if (own.ip.empty() && !candidates.empty()) {
        own.ip = candidates.front().first;
        own.helo = candidates.front().second;
        own.notes.push_back({"SIM-NOTE-OWN-IP-NOT-AUTHORISED", {{"ip", own.ip}, {"domain", domain}}});
    }
    if (own.ip.empty()) {
        // Nothing in DNS says where the domain sends from: a documentation address stands in, and the
        // note says how to give the real one.
        own.ip = "192.0.2.1";
        own.helo = "mail." + domain;
        own.notes.push_back({"SIM-NOTE-OWN-IP-UNKNOWN", {{"ip", own.ip}, {"domain", domain}}});
    } else {
        own.notes.push_back({"SIM-NOTE-OWN-IP-DERIVED", {{"ip", own.ip}, {"helo", own.helo}, {"domain", domain}}});
    }
    return own;
}

} // namespace dmarcplan::simulate
