#pragma once
// The domain's own outgoing mail server as the simulator assumes it: the address and HELO name the
// "sent directly" scenarios use. Given (own_ip), or found in the domain's DNS: the first of its MX
// hosts, its own address and the ip4/ip6 terms of its SPF record that its SPF record authorises.

#include "core/common/Message.h"
#include "core/dns/Resolver.h"
#include "core/spf/Evaluator.h"

#include <string>
#include <vector>

namespace dmarcplan::simulate {

struct OwnServer {
    std::string ip;
    std::string helo;
    std::vector<Message> notes; // how it was found (SIM-NOTE-OWN-IP-*)
};

// `ownIp` empty: found in DNS through `resolver`; else that address (its HELO from DNS if any).
OwnServer discoverOwnServer(dns::Resolver& resolver, const std::string& domain, const std::string& ownIp);

// The SPF question a receiver asks for a connection (check_host() with these identities).
spf::CheckRequest spfRequest(const std::string& ip, const std::string& sender, const std::string& helo);

} // namespace dmarcplan::simulate
