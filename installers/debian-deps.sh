#!/usr/bin/env bash
# Installs the Debian 12 packages dmarcplan needs to build, test and run. Idempotent: when every
# package is present it only asks dpkg once and returns in well under a second, printing nothing.
# Uses sudo when not root. Every failure says on stderr which command failed and for which
# packages, and exits non-zero.
#
#   installers/debian-deps.sh            install what is missing
#   installers/debian-deps.sh --list     print the package list (used by .ci/run and the tests)
#   DMARCPLAN_DEPS="pkg ..." installers/debian-deps.sh
#                                        check/install only these packages (the script's own test)
set -euo pipefail

packages=(
    # build
    build-essential cmake pkg-config clang-format
    # core and command line
    libldns-dev libssl-dev nlohmann-json3-dev libpsl-dev publicsuffix libcli11-dev
    # desktop app (fonts-noto-cjk: Japanese glyphs)
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
    fonts-noto-cjk qt6-translations-l10n
    # tests and benchmarks (nsd: the local DNS server; python3-dkim: the independent DKIM implementation)
    libgtest-dev libgmock-dev libbenchmark-dev libyaml-cpp-dev nsd ldnsutils python3 python3-dkim python3-nacl
    # packaging and fuzzing (librsvg2-bin: PNG icons from the SVG; man-db: the man page check)
    clang libclang-rt-14-dev lintian desktop-file-utils appstream dpkg-dev file fakeroot librsvg2-bin man-db
)

if [[ ${1:-} == --list ]]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi
if [[ -n ${DMARCPLAN_DEPS:-} ]]; then
    read -r -a packages <<<"$DMARCPLAN_DEPS"
fi

fail() {
    echo "installers/debian-deps.sh: $*" >&2
    exit 1
}

command -v dpkg-query >/dev/null || fail "dpkg-query not found: this script is for Debian 12 (bookworm)"

# dpkg-query exits 1 when any package it is asked about is unknown to dpkg (never installed), which
# under pipefail would end the script before it had installed anything. Its status is therefore
# taken apart from its output: the output lists every package it knows, and the rest are missing.
status_lines=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for package in "${packages[@]}"; do
    # Architecture-qualified names (libfoo:amd64) are reported without the qualifier.
    awk -v p="${package%%:*}" '$1 == p && $2 == "ii" {found = 1} END {exit !found}' <<<"$status_lines" ||
        missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "installers/debian-deps.sh: installing ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "not root and sudo is not installed; as root run: apt-get install ${missing[*]}"
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

# Refresh the package lists when they are missing or older than a day (a bare root made by
# debootstrap or mmdebstrap has none), and once more if the install then fails because a list was
# out of date (a package moved to a newer version the old list does not name).
lists_fresh() {
    [[ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -1)" ]]
}
update() {
    "${sudo[@]}" apt-get update -q || fail "'apt-get update' failed (exit $?): check the network and /etc/apt/sources.list.d/"
}
install() {
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}
updated=false
if ! lists_fresh; then
    update
    updated=true
fi
if ! install; then
    $updated || { update && install && exit 0; }
    fail "'apt-get install' failed for: ${missing[*]} (see apt's message above)"
fi
