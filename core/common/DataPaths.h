#pragma once
// Where the programs find their read-only data: the example plan and zone (examples/), the
// sending-provider catalogue (catalogue/) and compiled translations (translations/).
//
// Installed, the data lives in <prefix>/share/dmarcplan and <prefix> is taken from where the running
// executable is (<prefix>/bin/dmarcplan), never from a path compiled in: a package unpacked under any
// root, or a relocated install, finds its own data. A program running from the build tree uses the
// source tree's resources/ instead. The environment variable DMARCPLAN_DATA_DIR overrides both.

#include <filesystem>
#include <optional>

namespace dmarcplan {

// The running program's own file (Linux: /proc/self/exe); empty when it cannot be found out.
std::filesystem::path executablePath();

// The data folder for a program at `executable`: <prefix>/share/dmarcplan when that folder exists;
// else, when `executable` lies inside the build tree, the source tree's resources/; else nullopt.
// Ignores DMARCPLAN_DATA_DIR (it is a pure function of the file system, for tests).
std::optional<std::filesystem::path> dataDirectoryFor(const std::filesystem::path& executable);

// The data folder of this program: DMARCPLAN_DATA_DIR when set to an existing folder, else
// dataDirectoryFor(executablePath()).
std::optional<std::filesystem::path> dataDirectory();

// `relative` (e.g. "examples/example.com.zone") inside dataDirectory(), when that file exists.
std::optional<std::filesystem::path> findDataFile(const std::filesystem::path& relative);

} // namespace dmarcplan
