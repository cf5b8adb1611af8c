#!/usr/bin/env python3
"""SIGKILL of `muttsharp smtpd` under a one-session load, then a restart on the same queue.

One session at a time (the path where a message is committed into a blank queue file and delivered
after its 250) sends messages with numbered Message-IDs; after ACKED acknowledged ones the engine is
killed. It is started again, and every acknowledged message must then be in the Maildir exactly once,
with nothing in corrupt/ and no blank file left in active/ once it is stopped.
Needs root and the compare.sh test user (mtabench); its Maildir is moved aside first.
Usage: crash-one-session.py path/to/muttsharp.dll WORKDIR [ACKED=300]
"""
import glob
import os
import re
import signal
import socket
import subprocess
import sys
import time

PORT = 2529


def start(dll, config, stderr):
    process = subprocess.Popen(["dotnet", dll, "smtpd", "-c", config, "--listen", f"127.0.0.1:{PORT}"], stderr=stderr)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", PORT)).close()
            return process
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the engine did not start listening")


def send(number):
    """One message on a new connection; True when DATA was answered with 250."""
    with socket.create_connection(("127.0.0.1", PORT)) as s:
        replies = s.makefile("rb")

        def reply():
            while True:
                line = replies.readline()
                if not line:
                    raise OSError("connection closed")
                if line[3:4] != b"-":
                    return line

        def say(command):
            s.sendall(command + b"\r\n")
            return reply()

        reply()
        for command in (b"EHLO client.example.net", b"MAIL FROM:<s@example.net>", b"RCPT TO:<mtabench@localhost>", b"DATA"):
            say(command)
        ok = say(f"Message-ID: <crash-{number}@client.example.net>\r\nSubject: crash\r\n\r\nbody\r\n.".encode()).startswith(b"250")
        try:
            s.sendall(b"QUIT\r\n")
        except OSError:
            pass
        return ok


def main():
    dll, work = sys.argv[1], sys.argv[2]
    wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    config, queue = os.path.join(work, "config"), os.path.join(work, "queue")
    os.makedirs(config, exist_ok=True)
    home = os.path.expanduser("~mtabench")
    maildir = os.path.join(home, "Maildir")
    if os.path.exists(maildir):
        os.rename(maildir, f"{home}.crash.{time.time_ns()}")
    with open(os.path.join(config, "main.cf"), "w") as main_cf:
        main_cf.write(f"myhostname = bench.localdomain\nmydestination = $myhostname, localhost\nmynetworks = 127.0.0.0/8\n"
                      f"inet_interfaces = loopback-only\nhome_mailbox = Maildir/\nalias_maps =\n"
                      f"queue_directory = {queue}\nmaillog_file = {work}/maillog\n")
    stderr = open(os.path.join(work, "stderr"), "a")

    engine = start(dll, config, stderr)
    acknowledged, number = [], 0
    try:
        while True:
            number += 1
            if send(number):
                acknowledged.append(number)
            if len(acknowledged) == wanted:
                engine.send_signal(signal.SIGKILL)
    except OSError:
        pass  # the engine died under the session
    engine.wait()
    active = os.path.join(queue, "active")
    left = os.listdir(active)
    empty = sum(1 for name in left if os.path.getsize(os.path.join(active, name)) == 0)
    print(f"acknowledged {len(acknowledged)}; in active/ after the kill: {len(left) - empty} messages, {empty} blank files")

    engine = start(dll, config, stderr)
    deadline = time.time() + 30
    while True:
        ids = []
        for path in glob.glob(os.path.join(maildir, "new", "*")) + glob.glob(os.path.join(maildir, "cur", "*")):
            with open(path, "rb") as message:
                found = re.search(rb"Message-ID: <crash-(\d+)@", message.read())
            if found:
                ids.append(int(found.group(1)))
        lost = sorted(set(acknowledged) - set(ids))
        if not lost or time.time() > deadline:
            break
        time.sleep(0.2)
    engine.send_signal(signal.SIGTERM)
    engine.wait()
    twice = len(ids) - len(set(ids))
    corrupt = os.listdir(os.path.join(queue, "corrupt"))
    print(f"delivered {len(ids)}; lost {len(lost)} {lost[:10]}; twice {twice}; corrupt {corrupt}; in active/ after a clean stop: {os.listdir(active)}")
    sys.exit(1 if lost or twice or corrupt or os.listdir(active) else 0)


if __name__ == "__main__":
    main()
