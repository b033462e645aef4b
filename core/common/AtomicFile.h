#pragma once
// Files the user owns are written atomically: a temporary file in the same folder, flushed and
// fsync'ed, then renamed over the target. A crash leaves either the old file or the new one.

#include "core/common/Result.h"

#include <string>
#include <string_view>
#include <sys/types.h>

namespace dmarcplan {

struct WriteOptions {
    mode_t mode = 0644;    // private keys: 0600 (the temporary file is created with it: never wider)
    bool overwrite = true; // false: fail when the target exists (keys are never overwritten silently)
    // When an existing file is replaced, give the new one the old one's permission bits (a plan the
    // user made 0640 stays 0640 after --force). Private keys set this false: they are always `mode`,
    // so replacing a key that someone left world-readable does not keep it readable.
    bool keepExistingMode = true;
};

// Returns an InputError naming the file when it cannot be written (or exists and !overwrite).
Result<bool> writeFileAtomically(const std::string& path, std::string_view content, WriteOptions options = {});

} // namespace dmarcplan
