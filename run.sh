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
example=resources/examples/example.com.dmarcplan.json
if [[ -f "$example" ]] && build/app/dmarcplan --help | grep -q '^  simulate'; then
    build/app/dmarcplan lint resources/examples/example.com.zone --offline || true
    echo
    exec build/app/dmarcplan simulate --plan "$example"
fi
exec build/app/dmarcplan dns query example.com TXT --zone resources/examples/example.com.zone --offline
