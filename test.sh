#!/usr/bin/env bash
# Sets everything up like run.sh, builds, and runs the whole test suite through CTest.
# Exit status is non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")"
installers/debian-deps.sh
cmake --preset default >/dev/null
cmake --build build -j2
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 "$@"
