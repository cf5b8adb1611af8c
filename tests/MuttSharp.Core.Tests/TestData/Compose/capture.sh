#!/bin/sh
# $1 = output base name; the rest are the arguments Mutt gives sendmail
out="$1"; shift
printf '%s\n' "$@" > "$out.args"
cat > "$out.eml.tmp" && mv "$out.eml.tmp" "$out.eml"
