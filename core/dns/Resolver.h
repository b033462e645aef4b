#pragma once
// The one DNS interface every engine uses. Implementations must be safe to call from many threads
// at once (the GUI runs checks on worker threads; check runs questions in parallel).

#include "core/dns/Answer.h"

#include <cstddef>
#include <memory>
#include <string_view>

namespace dmarcplan::dns {

class Resolver {
public:
    virtual ~Resolver() = default;
    // Follows CNAMEs as DNS does: the answer holds the records of `type` at the end of the chain.
    virtual Answer query(std::string_view name, RecordType type) = 0;
    // Questions that went to a source (network or zone data), not answered from a cache.
    virtual std::size_t queriesSent() const = 0;
};

using ResolverPtr = std::shared_ptr<Resolver>;

} // namespace dmarcplan::dns
