#!/usr/bin/env bash
# Sets everything up (Debian packages, configure, build) and opens the desktop app. Without a
# display it says so and runs the command-line tool on the bundled example instead.
set -euo pipefail
cd "$(dirname "$0")"
installers/debian-deps.sh
cmake --preset default >/dev/null
cmake --build build -j2
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec build/app/dmarcplan-gui "$@"
fi
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running the command-line tool on the bundled example."
echo
example=resources/examples
set -x
build/app/dmarcplan lint "$example/example.com.zone" --plan "$example/example.com.dmarcplan.json" --offline || true
exec build/app/dmarcplan simulate --plan "$example/example.com.dmarcplan.json" --zone "$example/example.com.zone" --offline
