#!/usr/bin/env python3
"""Keypress-to-redraw latency of a terminal program in tmux: send a key, poll the screen (with
colours, so a moved indicator counts) until it differs, record the time. Prints median and p99."""
import subprocess, sys, time, statistics, os
sock, keys, count = sys.argv[1], sys.argv[2].split(','), int(sys.argv[3])
def screen():
    return subprocess.run(['tmux', '-L', sock, 'capture-pane', '-p', '-e'], capture_output=True).stdout
samples = []
for i in range(count):
    key = keys[i % len(keys)]
    before = screen()
    t0 = time.perf_counter()
    subprocess.run(['tmux', '-L', sock, 'send-keys', key])
    while True:
        now = screen()
        if now != before:
            break
        if time.perf_counter() - t0 > 5:
            print(f'key {i}: no redraw after 5 s', file=sys.stderr); break
    samples.append((time.perf_counter() - t0) * 1000)
    time.sleep(0.02)
samples.sort()
p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
print(f'{count} keys: median {statistics.median(samples):.1f} ms, p99 {p99:.1f} ms, max {samples[-1]:.1f} ms')
