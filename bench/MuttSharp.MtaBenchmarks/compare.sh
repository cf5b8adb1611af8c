#!/bin/bash
# Side-by-side throughput of `muttsharp smtpd` and Postfix on this machine, loopback only.
#
# The same smtp-source load goes to both (one new connection per message, no pipelining), for
# 1 KiB and 100 KiB messages at 1, 10 and 50 sessions. A run ends when every message is a file
# in the test user's Maildir/new; the figure is delivered messages per second (the accepted rate
# is what smtp-source took). Each point is run RUNS times and the median is printed, with the
# 1-minute load average when the point started (other work on the machine skews both systems).
#
# Needs root, Debian's postfix package (for /usr/sbin/smtp-source and a Postfix to compare
# with; the system instance is left stopped), and a Release build of muttsharp:
#   dotnet build -c Release src/MuttSharp.Cli -o /tmp/muttsharp-release
#   bench/MuttSharp.MtaBenchmarks/compare.sh /tmp/muttsharp-release/muttsharp.dll
# or the native executable that `dotnet publish -c Release -o out` makes: compare.sh out/muttsharp
# Environment: MESSAGES (default 2000 for 1 KiB, 500 for 100 KiB), RUNS (3), SYSTEMS ("muttsharp postfix"),
# MUTTSHARP_MAIN_CF (lines added to muttsharp's main.cf, e.g. "queue_blank_file_count = 0"),
# SIZES ("1024 102400") and SESSIONS ("1 10 50") to run some of the points only, BASELINE (a
# second build, run as the system "baseline" in the same turns: an A/B comparison in one sitting).
set -euo pipefail

dll=${1:?usage: compare.sh path/to/muttsharp.dll or the published path/to/muttsharp}
runs=${RUNS:-3}
systems=${SYSTEMS:-"muttsharp postfix"}${BASELINE:+ baseline}
root=$(mktemp -d /tmp/mta-compare.XXXXXX)
chmod 755 "$root"
user=mtabench
ms_port=2525
pf_port=2526
bl_port=2527
ms_pid=
bl_pid=
spent=

cleanup() {
    for pid in $ms_pid $bl_pid; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    postfix -c "$root/postfix" stop >/dev/null 2>&1 || true
    postconf -X alternate_config_directories 2>/dev/null || true
    rm -rf "$root" ${spent:+"$spent"}
}
trap cleanup EXIT

id "$user" >/dev/null 2>&1 || useradd --system --create-home --home-dir "/var/tmp/$user" --shell /usr/sbin/nologin "$user"
home=$(getent passwd "$user" | cut -d: -f6)
maildir="$home/Maildir"
# Each run's Maildir is moved here and deleted only at the end. ext4 without a journal does not
# reuse an inode freed in the last minute: it steps over every such inode for each file it creates,
# so deleting thousands of messages between runs made the next run's file creations cost
# milliseconds of kernel time each, whichever system was measured.
spent=$(mktemp -d "$home.spent.XXXXXX")

# --- muttsharp: the same parameters Postfix gets below -----------------------------------------
mkdir -p "$root/muttsharp"
cat >"$root/muttsharp/main.cf" <<EOF
myhostname = bench.localdomain
mydestination = \$myhostname, localhost
mynetworks = 127.0.0.0/8
inet_interfaces = loopback-only
home_mailbox = Maildir/
alias_maps =
queue_directory = $root/muttsharp/queue
maillog_file = $root/muttsharp/maillog
${MUTTSHARP_MAIN_CF:-}
EOF
mkdir -p "$root/baseline"
sed "s|$root/muttsharp/|$root/baseline/|" "$root/muttsharp/main.cf" >"$root/baseline/main.cf"

# --- postfix: a second instance with its own configuration and queue ---------------------------
mkdir -p "$root/postfix"
cp /etc/postfix/master.cf "$root/postfix/master.cf"
sed -i -e 's/^smtp \+inet .*$/127.0.0.1:'"$pf_port"' inet n - n - - smtpd/' "$root/postfix/master.cf"
cat >"$root/postfix/main.cf" <<EOF
compatibility_level = 3.6
myhostname = bench.localdomain
mydestination = \$myhostname, localhost
mynetworks = 127.0.0.0/8
inet_interfaces = loopback-only
inet_protocols = ipv4
home_mailbox = Maildir/
alias_maps =
alias_database =
queue_directory = $root/postfix/queue
data_directory = $root/postfix/data
maillog_file = $root/postfix/maillog
maillog_file_prefixes = /var, /dev/stdout, $root
EOF
# Postfix starts a second instance only from a directory that its default main.cf lists.
postconf -e "alternate_config_directories = $root/postfix"
mkdir -p "$root/postfix/queue" "$root/postfix/data"
chown postfix "$root/postfix/data"

# smtpd BUILD NAME: runs a build of muttsharp with the configuration in $root/NAME.
smtpd() {
    case $1 in
    *.dll) dotnet "$1" smtpd -c "$root/$2" --listen "127.0.0.1:$(port "$2")" 2>>"$root/$2/stderr" & ;;
    *) "$1" smtpd -c "$root/$2" --listen "127.0.0.1:$(port "$2")" 2>>"$root/$2/stderr" & ;;
    esac
}

start() {
    case $1 in
    muttsharp) smtpd "$dll" muttsharp; ms_pid=$! ;;
    baseline) smtpd "$BASELINE" baseline; bl_pid=$! ;;
    postfix) postfix -c "$root/postfix" start >/dev/null 2>&1 ;;
    esac
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$(port "$1")") 2>/dev/null && return 0
        sleep 0.1
    done
    echo "$1 did not start listening on $(port "$1")" >&2
    exit 1
}

set_aside() { if [ -d "$maildir" ]; then mv "$maildir" "$(mktemp -u "$spent/Maildir.XXXXXX")"; fi; }

port() { case $1 in muttsharp) echo "$ms_port" ;; baseline) echo "$bl_port" ;; *) echo "$pf_port" ;; esac; }

now() { date +%s.%N; }

# One run: prints "accepted/s delivered/s".
run() {
    local port=$1 size=$2 sessions=$3 messages=$4
    set_aside
    local t0 t1 t2 n
    t0=$(now)
    smtp-source -s "$sessions" -m "$messages" -l "$size" -f "source@example.net" -t "$user@localhost" "127.0.0.1:$port"
    t1=$(now)
    while :; do
        n=$(find "$maildir/new" -type f 2>/dev/null | wc -l)
        [ "$n" -ge "$messages" ] && break
        if [ "$(echo "$(now) - $t1 > 120" | bc)" = 1 ]; then
            echo "only $n of $messages delivered after 120 s" >&2
            break
        fi
        sleep 0.01
    done
    t2=$(now)
    echo "$(echo "$messages / ($t1 - $t0)" | bc -l) $(echo "$n / ($t2 - $t0)" | bc -l)"
}

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Both systems run at once and take turns run by run, so that a burst of load from elsewhere on
# the machine falls on both alike.
for system in $systems; do start "$system"; done
printf '%-10s %8s %8s %8s %12s %12s %6s\n' system size sessions messages accepted/s delivered/s load
for size in ${SIZES:-1024 102400}; do
    default=$([ "$size" -eq 1024 ] && echo 2000 || echo 500)
    messages=${MESSAGES:-$default}
    # One unmeasured warm-up run each (JIT, page cache, Postfix's process pool).
    for system in $systems; do run "$(port "$system")" "$size" 10 200 >/dev/null; done
    for sessions in ${SESSIONS:-1 10 50}; do
        declare -A results=()
        load=$(cut -d' ' -f1 /proc/loadavg)
        for _ in $(seq "$runs"); do
            for system in $systems; do
                results[$system]+="$(run "$(port "$system")" "$size" "$sessions" "$messages")"$'\n'
            done
        done
        for system in $systems; do
            accepted=$(printf '%s' "${results[$system]}" | cut -d' ' -f1 | median)
            delivered=$(printf '%s' "${results[$system]}" | cut -d' ' -f2 | median)
            printf '%-10s %8s %8s %8s %12s %12s %6s\n' "$system" "$size" "$sessions" "$messages" "$accepted" "$delivered" "$load"
        done
        unset results
    done
done
set_aside
