#include "core/common/AtomicFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace dmarcplan {

namespace {
InputError failure(const std::string& path, const std::string& what) {
    return InputError{path, 0, 0, what + ": " + std::strerror(errno)};
}
} // namespace

Result<bool> writeFileAtomically(const std::string& path, std::string_view content, WriteOptions options) {
    std::error_code ec;
    if (!options.overwrite && std::filesystem::exists(path, ec))
        return InputError{path, 0, 0, "file exists; not overwriting it (use --force to replace it)"};
    auto folder = std::filesystem::path(path).parent_path();
    if (folder.empty())
        folder = ".";
    std::string temporary = (folder / ("." + std::filesystem::path(path).filename().string() + ".XXXXXX")).string();
    int fd = mkstemp(temporary.data());
    if (fd < 0)
        return failure(path, "cannot create a temporary file next to it");
    auto cleanUp = [&](const char* what) {
        auto error = failure(path, what);
        close(fd);
        unlink(temporary.c_str());
        return error;
    };
    mode_t mode = options.mode;
    struct stat existing {};
    if (options.overwrite && options.keepExistingMode && stat(path.c_str(), &existing) == 0 &&
        S_ISREG(existing.st_mode))
        mode = existing.st_mode & 07777;
    if (fchmod(fd, mode) != 0)
        return cleanUp("cannot set the file mode");
    for (std::size_t written = 0; written < content.size();) {
        ssize_t n = write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return cleanUp("cannot write");
        }
        written += static_cast<std::size_t>(n);
    }
    if (fsync(fd) != 0)
        return cleanUp("cannot flush to disk");
    if (close(fd) != 0) {
        unlink(temporary.c_str());
        return failure(path, "cannot close");
    }
    // link() refuses an existing target, so "never overwrite" holds even against a racing writer.
    if (!options.overwrite) {
        if (link(temporary.c_str(), path.c_str()) != 0) {
            auto error = failure(path, errno == EEXIST ? "file exists; not overwriting it" : "cannot create");
            unlink(temporary.c_str());
            return error;
        }
        unlink(temporary.c_str());
        return true;
    }
    if (rename(temporary.c_str(), path.c_str()) != 0) {
        auto error = failure(path, "cannot replace");
        unlink(temporary.c_str());
        return error;
    }
    return true;
}

} // namespace dmarcplan
