#!/usr/bin/env bash
# Wall time of `dmarcplan dns query --timeout 2000` against every mode of hostile-dns.py (issue 14).
# Usage: measure-hostile.sh DMARCPLAN_BINARY [CAP_SECONDS]   (a run still going at CAP is killed)
set -uo pipefail
binary=$1 cap=${2:-30}
here=$(dirname "$(realpath "$0")")
for mode in tc-then-dribble wrong-id wrong-question qr0 wrong-source upper-case silent slow slow-cname; do
    coproc server { exec /usr/bin/python3 "$here/hostile-dns.py" --mode "$mode" --lifetime $((cap + 30)); }
    read -r port <&"${server[0]}"
    start=$(date +%s.%N)
    out=$(timeout "$cap" "$binary" dns query www.example.test A --nameserver "127.0.0.1:$port" --timeout 2000 2>&1)
    rc=$?
    end=$(date +%s.%N)
    kill "$server_PID" 2>/dev/null; wait "$server_PID" 2>/dev/null
    [[ $rc == 124 ]] && out="(still running after ${cap} s: killed)"
    printf '%-16s %6.2f s  exit %-3s %s\n' "$mode" "$(echo "$end - $start" | bc)" "$rc" "$(echo "$out" | head -2 | tr -s " \n" " ")"
done
