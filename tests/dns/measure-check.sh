#!/usr/bin/env bash
# Wall time of `dmarcplan check` over 200 domains against a silent server (issue 14).
# Usage: measure-check.sh DMARCPLAN_BINARY [CAP_SECONDS] [extra check arguments, e.g. --deadline 10]
set -uo pipefail
binary=$1 cap=${2:-600}
shift 2 || shift $#
here=$(dirname "$(realpath "$0")")
list=$(mktemp)
for i in $(seq 200); do echo "d$i.example.test"; done >"$list"
coproc server { exec /usr/bin/python3 "$here/hostile-dns.py" --mode silent --lifetime $((cap + 30)); }
read -r port <&"${server[0]}"
start=$(date +%s.%N)
timeout "$cap" "$binary" check --domains-file "$list" --nameserver "127.0.0.1:$port" --format json "$@" >/dev/null 2>"$list.err"
rc=$?
end=$(date +%s.%N)
kill "$server_PID" 2>/dev/null; wait "$server_PID" 2>/dev/null
printf 'check of 200 domains, silent server, %s: %.2f s, exit %s%s\n' "${*:-defaults}" "$(echo "$end - $start" | bc)" \
    "$rc" "$([[ $rc == 124 ]] && echo " (killed at the ${cap} s cap)")"
cat "$list.err"
rm -f "$list" "$list.err"
