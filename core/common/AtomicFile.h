#pragma once
// Files the user owns are written atomically: a temporary file in the same folder, flushed and
// fsync'ed, then renamed over the target. A crash leaves either the old file or the new one.

#include "core/common/Result.h"

#include <string>
#include <string_view>
#include <sys/types.h>

namespace dmarcplan {

struct WriteOptions {
    mode_t mode = 0644;     // private keys: 0600 (the temporary file is created with it: never wider)
    bool overwrite = true;  // false: fail when the target exists (keys are never overwritten silently)
};

// Returns an InputError naming the file when it cannot be written (or exists and !overwrite).
Result<bool> writeFileAtomically(const std::string& path, std::string_view content, WriteOptions options = {});

} // namespace dmarcplan
