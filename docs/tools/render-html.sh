#!/usr/bin/env bash
# Renders a profile's HTML export to a PNG with headless Chromium, to look at it as a reader
# would. Needs Debian's chromium (and fonts-noto-cjk for Korean):
#   apt-get install -y chromium fonts-noto-cjk
# usage: docs/tools/render-html.sh PROFILE.json OUT.png [WIDTH]
#   e.g. docs/tools/render-html.sh docs/examples/grad-school-ko.json /tmp/grad-ko.png
set -euo pipefail
profile=$1 out=$2 width=${3:-900}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CROSSROADS_HOME="$work/home"
"$root/crossroads" import "$profile" --name render --yes >/dev/null
"$root/crossroads" export render --format html -o "$work/page.html" >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/chrome" --hide-scrollbars \
  --window-size="$width,2400" --screenshot="$out" "file://$work/page.html" 2>/dev/null
echo "$out"
