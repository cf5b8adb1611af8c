#!/usr/bin/env python3
"""Resident memory of an SMTP server holding idle connections.

Opens N loopback connections that read the greeting and then sit, and prints the server's
resident set size (VmRSS from /proc) before and with them, and the cost per connection.
Usage: idle-connections.py SERVER_PID PORT [N=1000]
"""
import resource
import socket
import sys
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def main():
    pid, port = int(sys.argv[1]), int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, count + 100)), hard))
    before = rss_kib(pid)
    connections = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port))
        greeting = s.recv(512)
        if not greeting.startswith(b"220"):
            raise SystemExit(f"connection {len(connections) + 1}: no greeting: {greeting!r}")
        connections.append(s)
    time.sleep(2)
    held = rss_kib(pid)
    print(f"idle connections: {count}")
    print(f"RSS before: {before / 1024:.1f} MiB, with them: {held / 1024:.1f} MiB, "
          f"per connection: {(held - before) / count:.1f} KiB")
    for s in connections:
        s.close()


main()
