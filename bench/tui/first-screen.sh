#!/usr/bin/env bash
# Time from start to the first full index screen of a terminal mail reader, in tmux, with its peak RSS
# (see first-screen.py: the pane is read through a control-mode client, never polled).
# usage: first-screen.sh RUNS MARKER command [args...]
set -euo pipefail
exec python3 "$(dirname "$0")/first-screen.py" "$@"
