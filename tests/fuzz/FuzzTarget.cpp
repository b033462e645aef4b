#include "tests/fuzz/FuzzTarget.h"

#include <cstdio>
#include <cstdlib>

namespace dmarcplan::fuzz {

std::vector<Target>& registeredTargets() {
    static std::vector<Target> targets;
    return targets;
}

void fail(const char* file, int line, const char* condition) {
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, condition);
    std::abort();
}

} // namespace dmarcplan::fuzz
