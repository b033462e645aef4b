#pragma once

#include "core/dns/DnsName.h"

namespace dmarcplan::dns {

template <typename Step> Answer followCnames(std::string_view name, RecordType type, Step step) {
    std::string current = canonicalName(name);
    std::vector<std::string> chain;
    for (int hop = 0; hop <= kMaxCnameHops; ++hop) {
        Answer answer = step(current, type);
        if (answer.status != Status::Records || answer.type == type || answer.records.empty()) {
            answer.name = canonicalName(name);
            answer.type = type;
            chain.insert(chain.end(), answer.cnameChain.begin(), answer.cnameChain.end());
            answer.cnameChain = std::move(chain);
            return answer;
        }
        // A CNAME instead of the asked type: note it and ask for its target.
        chain.push_back(current);
        current = canonicalName(answer.records.front().value);
        for (const auto& seen : chain)
            if (seen == current)
                hop = kMaxCnameHops; // a loop: stop below
    }
    Answer failed;
    failed.name = canonicalName(name);
    failed.type = type;
    failed.status = Status::TempError;
    failed.error = "CNAME chain too long or looping";
    failed.cnameChain = std::move(chain);
    return failed;
}

} // namespace dmarcplan::dns
