#!/usr/bin/env bash
# Tests installers/debian-deps.sh, the first thing every new user runs (through ./test.sh and
# ./run.sh), the way it is used:
#   1. with every package present it prints nothing and returns at once;
#   2. asked about a package that is missing it installs it (GNU hello: small, depends only on libc6,
#      and in nothing's dependency list; removed first, left as it was found);
#   3. asked about a package that does not exist it fails, naming the package, on stderr.
# Needs root (it removes and installs a package) and the machine's apt mirror; the CTest entry
# runs it alone (RUN_SERIAL) because apt holds dpkg's lock.
# Usage: deps-test.sh SOURCE_DIR
set -uo pipefail
script="$1/installers/debian-deps.sh"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if [[ $(id -u) -ne 0 ]]; then
    echo "deps-test.sh must run as root: it removes and reinstalls a package" >&2
    exit 1
fi

# --- 1. Everything present: silent, exit 0, fast ------------------------------------------------
started=$(date +%s%N)
output=$("$script" 2>&1)
status=$?
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
echo "all present: exit $status in $elapsed_ms ms, ${#output} characters of output"
[[ $status -eq 0 ]] || fail "with every package present the script exited $status: $output"
[[ -z $output ]] || fail "with every package present the script printed: $output"
# "Well under a second" on an idle machine; the bound leaves room for a loaded CI machine.
[[ $elapsed_ms -lt 3000 ]] || fail "with every package present the script took $elapsed_ms ms"

# --- 2. A missing package is installed -------------------------------------------------------------
was_installed=false
dpkg-query -W -f='${db:Status-Abbrev}' hello 2>/dev/null | grep -q '^ii' && was_installed=true
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q hello >/dev/null 2>&1
if dpkg-query -W -f='${db:Status-Abbrev}' hello 2>/dev/null | grep -q '^ii'; then
    fail "could not remove 'hello' to set up the test"
fi
output=$(DMARCPLAN_DEPS="hello coreutils" "$script" 2>&1)
status=$?
[[ $status -eq 0 ]] || fail "installing a missing package exited $status: $output"
grep -q 'installing hello' <<<"$output" || fail "the script did not say what it installs: $output"
grep -q 'installing.*coreutils' <<<"$output" && fail "the script wanted to install coreutils, which is present"
dpkg-query -W -f='${db:Status-Abbrev}' hello 2>/dev/null | grep -q '^ii' || fail "'hello' is not installed afterwards"
$was_installed || DEBIAN_FRONTEND=noninteractive apt-get remove -y -q hello >/dev/null 2>&1

# --- 3. A package that does not exist: non-zero, named on stderr ----------------------------------
stdout=$(DMARCPLAN_DEPS="dmarcplan-no-such-package" "$script" 2>/tmp/deps-test.$$.err)
status=$?
stderr=$(cat /tmp/deps-test.$$.err)
rm -f /tmp/deps-test.$$.err
echo "missing from the archive: exit $status; stderr: $(tail -1 <<<"$stderr")"
[[ $status -ne 0 ]] || fail "a package that does not exist was accepted (exit 0)"
grep -q 'apt-get install.*failed.*dmarcplan-no-such-package' <<<"$stderr" ||
    fail "stderr does not name the failed command and package: $stderr"

[[ $failures -eq 0 ]] && echo "PASS" && exit 0
echo "$failures failure(s)"
exit 1
