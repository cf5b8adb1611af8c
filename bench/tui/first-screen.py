#!/usr/bin/env python3
"""Time from start to the first full index screen of a terminal program, in tmux.

Each run starts the command in a fresh 120x40 tmux pane (TERM=xterm-256color) under /usr/bin/time, and
reads the pane through a tmux control-mode client: tmux reports every write the program makes to its
pane (%output), and only then does the script ask for the pane's contents (capture-pane over the same
connection). The time is taken when a capture first shows a line matching MARKER; the program is then
stopped and its peak RSS read from /usr/bin/time.

Nothing polls: a loop that forks `tmux capture-pane` every few milliseconds costs most of a core, which
on a two-core machine is taken from the program being measured (more from one that loads a folder on
both cores than from one that uses a single core). The clock starts when the pane is released to run
the command, after tmux itself is up, so tmux's start-up is not counted.

usage: first-screen.py RUNS MARKER command [args...]
"""
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time

DEADLINE_SECONDS = 120


def run_once(sock, command, marker, work):
    fifo, rss = os.path.join(work, 'go'), os.path.join(work, 'rss')
    os.mkfifo(fifo)
    # The pane waits on the FIFO, so the command starts only once the control client is attached.
    pane = f'cat {fifo} >/dev/null; exec /usr/bin/time -f %M -o {rss} {command}'
    tmux = ['tmux', '-L', sock, '-f', '/dev/null']
    subprocess.run(tmux + ['new-session', '-d', '-x', '120', '-y', '40', '-e', 'TERM=xterm-256color', pane], check=True)
    client = subprocess.Popen(tmux + ['-C', 'attach'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
    send = lambda line: client.stdin.write(line.encode() + b'\n')
    send('refresh-client -C 120x40')
    pane_pid = subprocess.run(tmux + ['display', '-p', '#{pane_pid}'], capture_output=True, text=True).stdout.strip()
    start = time.monotonic()
    with open(fifo, 'w'):
        pass
    elapsed, block, pending = None, None, False
    for raw in client.stdout:
        line = raw.decode('utf-8', 'replace').rstrip('\n')
        if block is not None:
            if line.startswith('%end') or line.startswith('%error'):
                if any(marker.search(l) for l in block):
                    elapsed = time.monotonic() - start
                    break
                block, pending = None, False
            else:
                block.append(line)
        elif line.startswith('%begin'):
            block = []
        elif line.startswith('%output') and not pending:
            send('capture-pane -p')
            pending = True
        elif line.startswith('%exit'):
            break
        if time.monotonic() - start > DEADLINE_SECONDS:
            break
    subprocess.run(['pkill', '-TERM', '-P', pane_pid])
    for _ in range(100):
        if os.path.exists(rss) and os.path.getsize(rss) > 0:
            break
        time.sleep(0.05)
    peak = open(rss).read().split()[-1] if os.path.exists(rss) else '?'
    client.kill()
    subprocess.run(tmux + ['kill-server'], stderr=subprocess.DEVNULL)
    return elapsed, peak


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    runs, marker, command = int(sys.argv[1]), re.compile(sys.argv[2]), shlex.join(sys.argv[3:])
    for i in range(1, runs + 1):
        with tempfile.TemporaryDirectory() as work:
            elapsed, peak = run_once(f'fs{os.getpid()}-{i}', command, marker, work)
        if elapsed is None:
            print(f'run {i}: no marker after {DEADLINE_SECONDS} s', file=sys.stderr)
        else:
            print(f'run {i}: {elapsed * 1000:.0f} ms, peak {peak} KiB', flush=True)


if __name__ == '__main__':
    main()
