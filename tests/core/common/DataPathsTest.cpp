#include "core/common/DataPaths.h"
#include "tests/support/TestSupport.h"

#include <cstdlib>
#include <dmarcplan/Version.h>
#include <filesystem>
#include <gtest/gtest.h>

using namespace dmarcplan;
namespace fs = std::filesystem;

namespace {

// A program installed under `root`/usr (as dpkg-deb -x unpacks a package), with or without its data.
fs::path installProgram(const test::TempDir& root, bool withData) {
    const fs::path prefix = fs::path(root.path()) / "usr";
    fs::create_directories(prefix / kBinInstallSubdir);
    test::writeFile((prefix / kBinInstallSubdir / "dmarcplan").string(), "");
    if (withData)
        fs::create_directories(prefix / kDataInstallSubdir / "examples");
    return prefix / kBinInstallSubdir / "dmarcplan";
}

} // namespace

TEST(DataPaths, InstalledProgramFindsDataRelativeToItsPrefix) {
    test::TempDir root;
    const fs::path program = installProgram(root, true);
    const auto found = dataDirectoryFor(program);
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, fs::path(root.path()) / "usr" / kDataInstallSubdir);
}

TEST(DataPaths, InstalledProgramWithoutDataFindsNothing) {
    test::TempDir root;
    // Outside the build tree there is no fallback to the source tree.
    EXPECT_FALSE(dataDirectoryFor(installProgram(root, false)));
    EXPECT_FALSE(dataDirectoryFor(fs::path{}));
}

TEST(DataPaths, ProgramInTheBuildTreeUsesTheSourceResources) {
    const auto found = dataDirectoryFor(test::binaryPath("app/dmarcplan"));
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, fs::path(kSourceResourcesDir));
}

TEST(DataPaths, ThisProgramFindsTheBundledExample) {
    EXPECT_EQ(executablePath().filename(), "test_common");
    const auto example = findDataFile("examples/example.com.zone");
    ASSERT_TRUE(example);
    EXPECT_TRUE(fs::is_regular_file(*example));
    EXPECT_FALSE(findDataFile("examples/no-such-file"));
}

TEST(DataPaths, EnvironmentOverridesTheSearch) {
    test::TempDir data;
    ASSERT_EQ(setenv("DMARCPLAN_DATA_DIR", data.path().c_str(), 1), 0);
    const auto overridden = dataDirectory();
    ASSERT_EQ(setenv("DMARCPLAN_DATA_DIR", "/nonexistent-dmarcplan-data", 1), 0);
    const auto missing = dataDirectory(); // a folder that does not exist is ignored
    ASSERT_EQ(unsetenv("DMARCPLAN_DATA_DIR"), 0);
    ASSERT_TRUE(overridden);
    EXPECT_EQ(*overridden, fs::path(data.path()));
    ASSERT_TRUE(missing);
    EXPECT_EQ(*missing, fs::path(kSourceResourcesDir));
}
