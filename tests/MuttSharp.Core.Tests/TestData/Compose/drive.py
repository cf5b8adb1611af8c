import os, subprocess, sys, time, shutil
BASE = "/tmp/mg"
COMMON = """set mbox_type=Maildir
set folder={d}
set spoolfile={d}/inbox
set hostname=example.org
set charset=utf-8
set include=yes
set fast_reply=yes
set reply_to=yes
set abort_unmodified=no
set editor="true"
set record=""
set copy=no
set postpone=no
set move=no
set mark_old=no
set sendmail="{base}/capture.sh {base}/out/{name}"
set signature="{d}/nosig"
"""
def run(name, msg, rc, keys):
    d = f"{BASE}/cases/{name}"
    shutil.rmtree(d, ignore_errors=True)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(f"{d}/inbox/{sub}")
    shutil.copy(f"{BASE}/{msg}", f"{d}/inbox/cur/1000000000.M1P1.host:2,S")
    with open(f"{d}/sig", "w") as f: f.write("Me Myself\nexample.org\n")
    with open(f"{d}/muttrc", "w") as f:
        f.write(COMMON.format(d=d, base=BASE, name=name) + rc.format(d=d))
    os.makedirs(f"{BASE}/out", exist_ok=True)
    for ext in (".eml", ".args"):
        try: os.remove(f"{BASE}/out/{name}{ext}")
        except FileNotFoundError: pass
    env = dict(HOME=d, LANG="C.UTF-8", TERM="xterm", PATH="/usr/bin:/bin", TZ="UTC", USER="me", LOGNAME="me")
    sess = "mg" + name
    subprocess.run(["tmux", "-L", "mg", "kill-session", "-t", sess], stderr=subprocess.DEVNULL)
    subprocess.run(["tmux", "-L", "mg", "new-session", "-d", "-s", sess, "-x", "120", "-y", "40",
                    "env", "-i"] + [f"{k}={v}" for k, v in env.items()] + ["mutt", "-n", "-F", f"{d}/muttrc"], check=True)
    time.sleep(1.0)
    for k in keys:
        subprocess.run(["tmux", "-L", "mg", "send-keys", "-t", sess] + (k if isinstance(k, list) else ["-l", k]))
        time.sleep(0.6)
    for _ in range(30):
        if os.path.exists(f"{BASE}/out/{name}.eml"): break
        time.sleep(0.2)
    else:
        print(name, "NO OUTPUT")
        print(subprocess.run(["tmux", "-L", "mg", "capture-pane", "-p", "-t", sess], capture_output=True, text=True).stdout)
    subprocess.run(["tmux", "-L", "mg", "kill-session", "-t", sess], stderr=subprocess.DEVNULL)

SEED_RC = """my_hdr From: microlinux@sd-41893.dedibox.fr (Microlinux)
my_hdr Reply-To: microlinux@sd-41893.dedibox.fr (Microlinux)
set attribution_locale="fr_FR.UTF-8"
set attribution="Le %{{%d/%m/%Y à %H:%M}}, %n a écrit :"
"""
ME = 'set from="Me Myself <me@example.org>"\n'
LISTS = "subscribe dev@lists\\.example\\.net\n"
cases = {
 "reply-seed": ("seed.eml", SEED_RC, ["r", "y"]),
 "reply": ("list.eml", ME + 'set signature="{d}/sig"\n', ["r", "y"]),
 "reply-ignore-reply-to": ("list.eml", ME + "set reply_to=no\n", ["r", "y"]),
 "reply-sig-on-top": ("list.eml", ME + 'set signature="{d}/sig"\nset sig_on_top=yes\nset sig_dashes=no\nset indent_string="| "\nset post_indent_string="-- end of %n --"\n', ["r", "y"]),
 "group-reply": ("list.eml", ME + LISTS, ["g", "y"]),
 "group-reply-no-mft": ("list.eml", ME + LISTS + "set honor_followup_to=no\n", ["g", "y"]),
 "group-reply-metoo": ("list.eml", ME + "set honor_followup_to=no\nset metoo=yes\n", ["g", "y"]),
 "list-reply": ("list.eml", ME + LISTS, ["L", "y"]),
 "reply-flowed": ("list.eml", ME + "set text_flowed=yes\nset allow_8bit=no\n", ["r", "y"]),
 "forward": ("list.eml", ME, ["f", "carol@example.com", ["Enter"], "y"]),
 "forward-quote": ("list.eml", ME + "set forward_quote=yes\nset forward_format=\"Fwd: %s\"\n", ["f", "carol@example.com", ["Enter"], "y"]),
 "forward-mime": ("list.eml", ME + "set mime_forward=yes\n", ["f", "carol@example.com", ["Enter"], "y"]),
 "bounce": ("list.eml", ME, ["b", "carol@example.com", ["Enter"], "y"]),
}
only = sys.argv[1:]
for name, (msg, rc, keys) in cases.items():
    if only and name not in only: continue
    run(name, msg, rc, keys)
    print("done", name)
