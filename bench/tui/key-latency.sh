#!/usr/bin/env bash
# Keypress-to-redraw latency of a terminal mail reader on a pseudo-terminal (see key-latency.py).
# usage: key-latency.sh MARKER KEYS COUNT command [args...]
#   e.g. key-latency.sh 'Msgs:100000' k 300 out/muttsharp -n -F rc -f /tmp/m100k   (or mutt -F rc -f /tmp/m100k)
set -euo pipefail
marker=$1 keys=$2 count=$3; shift 3
exec python3 "$(dirname "$0")/key-latency.py" --marker "$marker" --keys "$keys" --count "$count" -- "$@"
