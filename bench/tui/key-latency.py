#!/usr/bin/env python3
"""Keypress-to-redraw latency of a terminal program, measured on a pseudo-terminal this script owns.

The program runs on a pty (120x40 by default, TERM=xterm-256color) with nothing in between: no tmux, no
screen scraping. The script answers the few queries a terminal answers (window size, cursor position,
device attributes), waits until MARKER (a regular expression) has appeared in the output and the output
has then been quiet for a while (the first screen is complete), and then, for each of COUNT keys:

  1. writes the key to the pty and takes the time;
  2. reads everything the program writes until the output has been quiet for GAP milliseconds;
  3. records the time of the FIRST byte of that output and of the LAST byte.

Output that only hides or moves the cursor does not count as drawing: Terminal.Gui 2.5 re-sends the
cursor's state on every main-loop iteration whether or not anything changed (MuttSharp stops that, but a
program built on it otherwise would not), and that chatter would never let the output fall quiet. It neither
starts nor extends a redraw.

"Keypress-to-redraw" is the LAST byte: only then is the screen complete, whether the program wrote it in
one go or in several pieces (the first byte can be an early cursor move while the rest follows a frame
later). The first byte is printed too, because the gap between the two shows how much of the latency is
spent drawing and writing rather than waiting to start.

Keys are separated by commas and may be named: <PageDown> <PageUp> <Down> <Up> <Enter> <Esc> <Space>.
Mutt and MuttSharp open a folder on its last message, so it is k and <PageUp> that scroll (past the page
every screenful); j there only reports "You are on the last message".
A key that produces no output within --timeout is reported and counted as the timeout.
Between keys the script waits a random 0-10 ms more, so that keys do not fall in step with a program's
own timers. The load average is printed before and after, since the figures mean little without it.

usage: key-latency.py --marker 'Msgs:' --keys k --count 300 [--cols 120 --rows 40 --gap 25] -- command [args...]
"""
import argparse
import errno
import fcntl
import os
import pty
import random
import re
import select
import signal
import statistics
import struct
import sys
import termios
import time

NAMED = {
    '<PageDown>': b'\x1b[6~', '<PageUp>': b'\x1b[5~', '<Down>': b'\x1b[B', '<Up>': b'\x1b[A',
    '<Enter>': b'\r', '<Esc>': b'\x1b', '<Space>': b' ', '<Home>': b'\x1b[H', '<End>': b'\x1b[F',
}

# Writes made of these alone only restate the cursor (hidden, at row;col): they are not a redraw.
CURSOR_ONLY = re.compile(rb'(?:\x1b\[\?25[lh]|\x1b\[\d*(?:;\d*)?H)+')

# Queries a terminal answers; a program waiting for an answer would otherwise stall or guess.
QUERIES = [
    (re.compile(rb'\x1b\[18t'), lambda a: b'\x1b[8;%d;%dt' % (a.rows, a.cols)),
    (re.compile(rb'\x1b\[6n'), lambda a: b'\x1b[1;1R'),
    (re.compile(rb'\x1b\[0?c'), lambda a: b'\x1b[?62;22c'),
]


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--marker', required=True, help='regular expression that shows the first screen is drawn')
    p.add_argument('--keys', required=True, help='comma-separated keys, sent in turn')
    p.add_argument('--count', type=int, default=200)
    p.add_argument('--cols', type=int, default=120)
    p.add_argument('--rows', type=int, default=40)
    p.add_argument('--gap', type=float, default=25, help='ms of silence that ends a redraw')
    p.add_argument('--timeout', type=float, default=5000, help='ms to wait for any output after a key')
    p.add_argument('--start-timeout', type=float, default=120, help='s to wait for the marker')
    p.add_argument('--samples', help='write one line per key (ms to first byte, ms to last byte, bytes) here')
    p.add_argument('--quit', help='keys that quit the program at the end (it is killed if still running 5 s later)')
    p.add_argument('command', nargs=argparse.REMAINDER)
    a = p.parse_args()
    if a.command[:1] == ['--']:
        a.command = a.command[1:]
    if not a.command:
        p.error('no command')
    a.key_bytes = [NAMED.get(k, k.encode()) for k in a.keys.split(',')]
    return a


class Pty:
    def __init__(self, args):
        self.args = args
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', args.rows, args.cols, 0, 0))
            os.environ['TERM'] = 'xterm-256color'
            os.environ.pop('TMUX', None)
            os.environ.pop('COLORTERM', None)
            try:
                os.execvp(args.command[0], args.command)
            finally:
                os._exit(127)
        self.tail = b''

    def read(self, timeout):
        """Bytes available within timeout seconds (b'' on timeout); answers terminal queries on the way."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b''
        try:
            data = os.read(self.fd, 65536)
        except OSError as e:
            if e.errno == errno.EIO:
                raise EOFError('the program exited') from e
            raise
        if not data:
            raise EOFError('the program exited')
        window = self.tail + data
        for pattern, answer in QUERIES:
            for m in pattern.finditer(window):
                if m.end() > len(self.tail):   # not answered already with the previous read
                    os.write(self.fd, answer(self.args))
        self.tail = window[-16:]
        return data

    def drawing(self, timeout):
        """The next output that draws something (cursor chatter skipped), or b'' after timeout seconds."""
        deadline = time.perf_counter() + timeout
        while True:
            data = self.read(deadline - time.perf_counter())
            if not data or CURSOR_ONLY.sub(b'', data):
                return data

    def quiet(self, gap):
        """Reads until nothing was drawn for gap seconds; returns (time of first byte, time of last byte, bytes)."""
        first = last = None
        total = 0
        while True:
            data = self.drawing(gap)
            now = time.perf_counter()
            if not data:
                return first, last, total
            if first is None:
                first = now
            last = now
            total += len(data)

    def close(self, quit_keys=None):
        if quit_keys:
            os.write(self.fd, quit_keys)
            deadline = time.time() + 5
            while time.time() < deadline:
                try:
                    self.read(0.1)
                except (EOFError, OSError):
                    break
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                break
            deadline = time.time() + 2
            while time.time() < deadline:
                if os.waitpid(self.pid, os.WNOHANG) != (0, 0):
                    return
                time.sleep(0.02)


def wait_for_marker(t, args):
    marker = re.compile(args.marker.encode())
    seen = b''
    deadline = time.time() + args.start_timeout
    while time.time() < deadline:
        seen = (seen + t.read(0.1))[-65536:]
        if marker.search(seen):
            t.quiet(0.5)   # the rest of the first screen, and whatever start-up writes after it
            return
    raise TimeoutError(f'no {args.marker!r} after {args.start_timeout} s')


def summary(name, values):
    values = sorted(values)
    p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
    return f'{name}: median {statistics.median(values):.1f} ms, p99 {p99:.1f} ms, max {values[-1]:.1f} ms'


def main():
    args = parse_args()
    print('load average:', open('/proc/loadavg').read().strip())
    t = Pty(args)
    firsts, lasts, rows = [], [], []
    try:
        wait_for_marker(t, args)
        for i in range(args.count):
            key = args.key_bytes[i % len(args.key_bytes)]
            sent = time.perf_counter()
            os.write(t.fd, key)
            # The first byte may take up to --timeout; after it, --gap of silence ends the redraw.
            data = t.drawing(args.timeout / 1000)
            if not data:
                print(f'key {i} ({key!r}): no output after {args.timeout:.0f} ms', file=sys.stderr)
                firsts.append(args.timeout)
                lasts.append(args.timeout)
                continue
            first = time.perf_counter()
            _, last, size = t.quiet(args.gap / 1000)
            last = last or first
            firsts.append((first - sent) * 1000)
            lasts.append((last - sent) * 1000)
            rows.append(f'{firsts[-1]:.3f} {lasts[-1]:.3f} {size + len(data)}')
            time.sleep(random.uniform(0, 0.010))
    finally:
        t.close(NAMED.get(args.quit, args.quit.encode()) if args.quit else None)
    if args.samples:
        with open(args.samples, 'w') as f:
            f.write('\n'.join(rows) + '\n')
    print(f'{len(lasts)} keys ({args.keys}), {args.cols}x{args.rows}, gap {args.gap:.0f} ms')
    print(summary('keypress to redraw (last byte)', lasts))
    print(summary('keypress to first byte        ', firsts))
    print('load average:', open('/proc/loadavg').read().strip())


if __name__ == '__main__':
    main()
