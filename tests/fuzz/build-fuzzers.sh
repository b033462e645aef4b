#!/usr/bin/env bash
# Configures and builds the libFuzzer programs (the `fuzz` preset's settings) into BUILD_DIR.
# ctest's fuzz_build fixture runs it; incremental after the first time.
# Usage: build-fuzzers.sh SOURCE_DIR BUILD_DIR [CLANGXX]
set -euo pipefail
source_dir=$1
build_dir=$2
clangxx=${3:-clang++}
cd "$source_dir"
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake --preset fuzz -B "$build_dir" -DCMAKE_CXX_COMPILER="$clangxx" >/dev/null
fi
cmake --build "$build_dir" --target fuzzers -j2
