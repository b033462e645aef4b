#!/usr/bin/env bash
# Builds the .deb with CPack, checks its control fields and contents, runs lintian on it (no errors
# allowed), unpacks it into a scratch root and runs the installed programs from there.
# Usage: deb-test.sh BUILD_DIR SCRATCH_DIR APP_ID WITH_GUI(ON|OFF)
set -euo pipefail
build=$1 scratch=$2 app_id=$3 with_gui=$4
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() { echo "+ $*"; "$@"; }

rm -rf "$scratch"
mkdir -p "$scratch"
echo "+ cpack -G DEB -B $scratch (in $build)"
if ! (cd "$build" && cpack -G DEB -B "$scratch" >"$scratch/cpack.log" 2>&1); then
    cat "$scratch/cpack.log"
    echo "FAIL: cpack -G DEB failed"
    exit 1
fi
debs=("$scratch"/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "FAIL: expected one .deb in $scratch, found: ${debs[*]}"; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb")"
run dpkg-deb --field "$deb" Package Version Architecture Section Depends Recommends

# --- Control fields -----------------------------------------------------------------------------------
# Depends names, without versions.
depends=$(dpkg-deb --field "$deb" Depends | tr ',' '\n' | awk 'NF {print $1}')
requires() {
    grep -qxF "$1" <<<"$depends" || fail "Depends lacks $1 ($2)"
}
# Every shared library the packaged programs are linked with (directly: the libraries' own
# dependencies are theirs) comes from a package in Depends.
packaged_programs=$(mktemp -d)
dpkg-deb -x "$deb" "$packaged_programs"
for program in "$packaged_programs"/usr/bin/*; do
    resolved=$(ldd "$program" | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}')
    for library in $(objdump -p "$program" | awk '$1 == "NEEDED" {print $2}'); do
        [[ $library == ld-linux* ]] && continue # the dynamic loader: libc6, itself in Depends
        path=$(awk -v name="$library" '$1 == name {print $2; exit}' <<<"$resolved")
        [[ -n $path ]] || { fail "$library (needed by $(basename "$program")) is not found on this system"; continue; }
        owner=""
        for candidate in "$path" "/usr$path" "$(readlink -f "$path")"; do
            owner=$(dpkg -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1) && [[ -n $owner ]] && break
        done
        [[ -n $owner ]] || { fail "no Debian package owns $path ($library, needed by $(basename "$program"))"; continue; }
        requires "$owner" "provides $library for $(basename "$program")"
    done
done
rm -rf "$packaged_programs"
# What is loaded without being linked: libpsl's list of public suffixes, Qt's platform plugins.
requires publicsuffix "the Public Suffix List libpsl reads"
[[ $with_gui == ON ]] && requires qt6-qpa-plugins "Qt's platform plugins for dmarcplan-gui"
echo "Depends covers the libraries of every packaged program: $(tr '\n' ' ' <<<"$depends")"
if [[ $with_gui == ON ]]; then
    grep -q "fonts-noto-cjk" <<<"$(dpkg-deb --field "$deb" Recommends)" || fail "Recommends lacks fonts-noto-cjk"
fi

# --- Contents -----------------------------------------------------------------------------------------
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's#^\./#/#')
wanted_files=(
    /usr/bin/dmarcplan
    /usr/share/man/man1/dmarcplan.1.gz
    /usr/share/bash-completion/completions/dmarcplan
    /usr/share/dmarcplan/examples/example.com.zone
    /usr/share/doc/dmarcplan/copyright
    /usr/share/doc/dmarcplan/changelog.Debian.gz
)
if [[ $with_gui == ON ]]; then
    wanted_files+=(
        /usr/bin/dmarcplan-gui
        /usr/share/man/man1/dmarcplan-gui.1.gz
        "/usr/share/applications/$app_id.desktop"
        "/usr/share/metainfo/$app_id.metainfo.xml"
        "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    )
    for size in 16 22 24 32 48 64 128 256 512; do
        wanted_files+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    done
fi
for file in "${wanted_files[@]}"; do
    grep -qxF "$file" <<<"$contents" || fail "the package does not install $file"
done
echo "contents: ${#wanted_files[@]} expected files checked; data and translations installed:"
grep -E '^/usr/share/dmarcplan/.*[^/]$' <<<"$contents" | sed 's/^/  /' || true
grep -q '^/usr/share/dmarcplan/translations/' <<<"$contents" ||
    echo "  (no translations: the build has produced no dmarcplan_*.qm catalogue yet)"

# --- lintian: errors fail the test; warnings and notes are shown -----------------------------------
echo "+ lintian --fail-on error --display-info $(basename "$deb")"
if ! lintian --fail-on error --display-info "$deb" 2>&1 | grep -v 'running with root privileges' | tee "$scratch/lintian.log"; then
    true
fi
if grep -q '^E: ' "$scratch/lintian.log"; then
    fail "lintian reports errors (above)"
fi
grep -q . "$scratch/lintian.log" || echo "lintian: no tags"

# --- Unpack into a scratch root and run the installed programs from there --------------------------
root="$scratch/root"
run dpkg-deb -x "$deb" "$root"
for program in "$root"/usr/bin/*; do
    if ldd "$program" | grep -q 'not found'; then
        fail "$(basename "$program") has unresolved libraries: $(ldd "$program" | grep 'not found')"
    fi
done
# The command-line tool must not need Qt (CI machines run it without a desktop).
if objdump -p "$root/usr/bin/dmarcplan" | grep -q 'NEEDED.*Qt'; then
    fail "the installed dmarcplan links Qt"
fi

echo "+ $root/usr/bin/dmarcplan --version"
version_line=$("$root/usr/bin/dmarcplan" --version)
echo "$version_line"
expected="dmarcplan $(dpkg-deb --field "$deb" Version | sed 's/-[^-]*$//')"
[[ $version_line == "$expected" ]] || fail "installed dmarcplan --version printed '$version_line', expected '$expected'"

example="$root/usr/share/dmarcplan/examples/example.com.zone"
if "$root/usr/bin/dmarcplan" --help | grep -qE '^  lint( |$)'; then
    if run "$root/usr/bin/dmarcplan" lint "$example" --offline; then
        echo "installed dmarcplan lint on the installed example: exit 0"
    else
        fail "installed dmarcplan lint on the installed example exited $?"
    fi
else
    echo "NOT RUN: dmarcplan lint on the installed example: this build has no 'lint' command yet" \
        "(dmarcplan --help lists: $("$root/usr/bin/dmarcplan" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR>1 && NF {print $1}' | tr '\n' ' '))"
fi

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "the package is complete, lintian-clean at error level, and its programs run from the unpacked root"
