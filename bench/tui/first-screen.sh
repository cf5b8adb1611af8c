#!/usr/bin/env bash
# Time from start to the first full index screen of a terminal mail reader, driven in tmux the
# way a person sees it: start the command in a fresh 120x40 pane, poll the screen until a line
# matching MARKER appears, record the elapsed time and the process's peak RSS (/usr/bin/time).
# usage: first-screen.sh RUNS MARKER command [args...]
set -euo pipefail
runs=$1 marker=$2; shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf -v cmd '%q ' "$@"
for ((i = 1; i <= runs; i++)); do
  sock="fs$$-$i"   # a server per run: a server being killed cannot take the next session
  start=$(date +%s%N)
  tmux -L "$sock" new-session -d -x 120 -y 40 -e TERM=xterm-256color \
    "/usr/bin/time -f %M -o $out/rss $cmd; sleep 5"
  while ! tmux -L "$sock" capture-pane -p 2>/dev/null | grep -Eq -- "$marker"; do
    if (( ($(date +%s%N) - start) / 1000000 > 120000 )); then echo "run $i: no marker after 120 s" >&2; break; fi
    sleep 0.005
  done
  end=$(date +%s%N)
  timer=$(pgrep -f "^/usr/bin/time -f %M -o $out/rss" -n || true)
  [ -n "$timer" ] && pkill -TERM -P "$timer" || true
  for _ in $(seq 100); do [ -s "$out/rss" ] && break; sleep 0.05; done
  printf 'run %d: %d ms, peak %s KiB\n' "$i" $(((end - start) / 1000000)) "$(tail -n1 "$out/rss" 2>/dev/null || echo '?')"
  rm -f "$out/rss"
  tmux -L "$sock" kill-server 2>/dev/null || true
done
