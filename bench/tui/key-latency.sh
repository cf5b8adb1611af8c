#!/usr/bin/env bash
# Keypress-to-redraw latency of a terminal mail reader in tmux (see key-latency.py).
# usage: key-latency.sh MARKER KEYS COUNT command [args...]
#   e.g. key-latency.sh 'Msgs:100000' j,j,j,k 200 out/muttsharp -n -F rc -f /tmp/m100k
set -euo pipefail
marker=$1 keys=$2 count=$3; shift 3
sock="kl$$"
printf -v cmd '%q ' "$@"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true' EXIT
tmux -L "$sock" new-session -d -x 120 -y 40 -e TERM=xterm-256color "$cmd"
deadline=$((SECONDS + 120))
until tmux -L "$sock" capture-pane -p | grep -Eq -- "$marker"; do
  (( SECONDS < deadline )) || { echo "no marker after 120 s" >&2; exit 1; }
  sleep 0.05
done
sleep 1
python3 "$(dirname "$0")/key-latency.py" "$sock" "$keys" "$count"
