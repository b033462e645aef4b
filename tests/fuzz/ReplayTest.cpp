// Runs every seed input (corpus/<target>/) and every kept crash input (regressions/<target>/) through
// its target with the project's own compiler, so the inputs fuzzing found stay fixed without clang.
#include "tests/fuzz/FuzzTarget.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace dmarcplan;

namespace dmarcplan::fuzz {
// How ctest names the parameter ("GetParam() = spf_record").
void PrintTo(const Target& target, std::ostream* out) {
    *out << target.name;
}
} // namespace dmarcplan::fuzz

namespace {

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::filesystem::path> inputsIn(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(folder))
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.is_regular_file())
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

class Replay : public testing::TestWithParam<fuzz::Target> {};

TEST_P(Replay, SeedsAndRegressions) {
    const auto& target = GetParam();
    const std::filesystem::path root = DMARCPLAN_FUZZ_DIR;
    auto seeds = inputsIn(root / "corpus" / target.name);
    auto regressions = inputsIn(root / "regressions" / target.name);
    EXPECT_FALSE(seeds.empty()) << "no seed inputs in corpus/" << target.name;
    for (const auto* inputs : {&seeds, &regressions})
        for (const auto& path : *inputs) {
            SCOPED_TRACE(path.string());
            auto started = std::chrono::steady_clock::now();
            target.run(readAll(path));
            // A hostile input must not make the engines slow either (libFuzzer's -timeout catches hangs).
            EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10)) << path;
        }
}

INSTANTIATE_TEST_SUITE_P(Targets, Replay, testing::ValuesIn(fuzz::registeredTargets()),
                         [](const testing::TestParamInfo<fuzz::Target>& info) { return std::string(info.param.name); });

} // namespace
