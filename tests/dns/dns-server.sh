#!/usr/bin/env bash
# Starts or stops the test suite's authoritative DNS server: Debian's nsd on 127.0.0.1 at a free
# port, serving every *.zone file of a folder. Usage:
#   dns-server.sh start STATE_DIR ZONE_DIR   (writes STATE_DIR/port and STATE_DIR/nsd.pid)
#   dns-server.sh stop STATE_DIR
set -euo pipefail
action=$1 state=$(realpath -m "$2")

stop() {
    if [[ -f "$state/nsd.pid" ]]; then
        pid=$(cat "$state/nsd.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
        rm -f "$state/nsd.pid"
    fi
}

case "$action" in
stop) stop; exit 0 ;;
start) ;;
*) echo "usage: $0 start|stop STATE_DIR [ZONE_DIR]" >&2; exit 2 ;;
esac

zones=$(realpath "$3")
nsd=$(command -v nsd || echo /usr/sbin/nsd)
[[ -x "$nsd" ]] || { echo "nsd is not installed (installers/debian-deps.sh installs it)" >&2; exit 1; }
stop
mkdir -p "$state"
rm -f "$state"/*.log

# A free port: ask the kernel for one (never 53 or 5353).
port=$(python3 -c 'import socket
s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

{
    echo "server:"
    echo "  ip-address: 127.0.0.1"
    echo "  port: $port"
    echo "  server-count: 1"
    echo "  username: \"\""
    echo "  chroot: \"\""
    echo "  zonesdir: \"$zones\""
    echo "  pidfile: \"$state/nsd.pid\""
    echo "  database: \"\""
    echo "  zonelistfile: \"$state/zone.list\""
    echo "  xfrdfile: \"$state/xfrd.state\""
    echo "  xfrdir: \"$state\""
    echo "  logfile: \"$state/nsd.log\""
    echo "  verbosity: 1"
    echo "remote-control:"
    echo "  control-enable: no"
    for file in "$zones"/*.zone; do
        name=$(basename "$file" .zone)
        echo "zone:"
        echo "  name: \"$name\""
        echo "  zonefile: \"$file\""
    done
} >"$state/nsd.conf"

"$nsd" -c "$state/nsd.conf" -P "$state/nsd.pid"
echo "$port" >"$state/port"

# Wait until it answers (up to 15 s).
first=$(basename "$(ls "$zones"/*.zone | head -1)" .zone)
for _ in $(seq 150); do
    if drill -p "$port" @127.0.0.1 SOA "$first" 2>/dev/null | grep -q 'rcode: NOERROR'; then
        echo "nsd answering on 127.0.0.1:$port (pid $(cat "$state/nsd.pid"))"
        exit 0
    fi
    sleep 0.1
done
echo "nsd did not answer on port $port" >&2
cat "$state/nsd.log" >&2 || true
stop
exit 1
