#include "core/common/DataPaths.h"

#include <cstdlib>
#include <dmarcplan/Version.h>
#include <system_error>

namespace dmarcplan {

namespace fs = std::filesystem;

namespace {

bool isDirectory(const fs::path& path) {
    std::error_code error;
    return fs::is_directory(path, error);
}

// Lexically normal absolute form, so that prefix comparisons are not fooled by "." or "..".
fs::path normalised(const fs::path& path) {
    std::error_code error;
    fs::path absolute = fs::absolute(path, error);
    return (error ? path : absolute).lexically_normal();
}

bool isInside(const fs::path& path, const fs::path& folder) {
    const fs::path relative = normalised(path).lexically_relative(normalised(folder));
    return !relative.empty() && *relative.begin() != "..";
}

} // namespace

fs::path executablePath() {
    std::error_code error;
    fs::path path = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path{} : path;
}

std::optional<fs::path> dataDirectoryFor(const fs::path& executable) {
    if (executable.empty())
        return std::nullopt;
    // <prefix>/<bindir>/program: climb one level per component of the bin folder's install path.
    fs::path prefix = normalised(executable).parent_path();
    for (const auto& component : fs::path(kBinInstallSubdir)) {
        if (!component.empty() && component != ".")
            prefix = prefix.parent_path();
    }
    const fs::path dataSubdir(kDataInstallSubdir);
    const fs::path installed = dataSubdir.is_absolute() ? dataSubdir : prefix / dataSubdir;
    if (isDirectory(installed))
        return installed;
    if (isInside(executable, kBuildTreeDir) && isDirectory(kSourceResourcesDir))
        return fs::path(kSourceResourcesDir);
    return std::nullopt;
}

std::optional<fs::path> dataDirectory() {
    if (const char* overridden = std::getenv("DMARCPLAN_DATA_DIR"); overridden && *overridden) {
        if (isDirectory(overridden))
            return fs::path(overridden);
    }
    return dataDirectoryFor(executablePath());
}

std::optional<fs::path> findDataFile(const fs::path& relative) {
    const auto directory = dataDirectory();
    if (!directory)
        return std::nullopt;
    fs::path candidate = *directory / relative;
    std::error_code error;
    if (!fs::exists(candidate, error))
        return std::nullopt;
    return candidate;
}

} // namespace dmarcplan
