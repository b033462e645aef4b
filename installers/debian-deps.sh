#!/usr/bin/env bash
# Installs the Debian 12 packages dmarcplan needs to build, test and run. Idempotent: when every
# package is present it only asks dpkg and returns in well under a second. Uses sudo when not root.
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

installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null | awk '$2 == "ii" {print $1}')
missing=()
for package in "${packages[@]}"; do
    grep -qx "$package" <<<"$installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists once when they are missing or older than a day.
if [[ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -1)" ]]; then
    "${sudo[@]}" apt-get update -q
fi
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
