#!/usr/bin/env bash
# Start-up and memory figures of issue 13, each side by side with its yardstick in the same run
# (absolute times drift on a shared machine; the ratios are what to quote). Run from anywhere;
# needs tmux, GNU time (/usr/bin/time), python3, and for the first figure node with
# @clack/prompts installed in $CLACK_DIR (see docs/benchmark.md).
#
# usage: docs/tools/bench-startup.sh [first-screen|version|session|heavy|ctrl-c|all]  (default all)
#   env: PAIRS (interleaved pairs, default 7), CLACK_DIR (default /tmp/clack-bench),
#        CROSSROADS (the launcher to measure, default ./crossroads of this checkout),
#        CTRL_C_ROUNDS (times each Ctrl-C moment is tried, default 3)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
launcher="${CROSSROADS:-$root/crossroads}"
pairs="${PAIRS:-7}"
clack="${CLACK_DIR:-/tmp/clack-bench}"
work="$(mktemp -d "${TMPDIR:-/tmp}/crossroads-bench.XXXXXX")"
# A tmux server of its own: sessions on the shared default one come and go with others' work.
tm() { tmux -L "crossroads-bench-$$" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$work"' EXIT
# Kept open for the whole run: a server whose last session ends exits, and the next command can
# reach it as it goes.
tm new-session -d -s keep 'sleep 86400'

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Milliseconds from starting a command in a fresh tmux window until TEXT is on its screen.
# With READY set, the line printed is "TEXT-ms READY-ms": READY is when the program has put the
# keypad in application mode, as JLine's line reader does when it starts reading (tmux's
# keypad_flag), which for crossroads is when line editing is live.
first_text_ms() {
  local text=$1; shift
  local session="bench$$" start shown='' ready=''
  tm kill-session -t "$session" 2>/dev/null || true
  start=$(now_ms)
  tm new-session -d -s "$session" -x 120 -y 30 "$(printf '%q ' "$@"); sleep 5"
  while [ -z "$shown" ] || { [ -n "${READY:-}" ] && [ -z "$ready" ]; }; do
    if [ $(( $(now_ms) - start )) -gt 20000 ]; then
      echo "timeout waiting for: $text" >&2
      tm kill-session -t "$session"
      return 1
    fi
    if [ -z "$shown" ] && tm capture-pane -p -t "$session" 2>/dev/null | grep -qF -- "$text"; then
      shown=$(( $(now_ms) - start ))
    fi
    if [ -n "${READY:-}" ] && [ -z "$ready" ] \
        && [ "$(tm display -p -t "$session" '#{keypad_flag}' 2>/dev/null)" = 1 ]; then
      ready=$(( $(now_ms) - start ))
    fi
    sleep 0.005
  done
  echo "$shown${READY:+ $ready}"
  tm send-keys -t "$session" C-c
  sleep 0.2
  tm kill-session -t "$session" 2>/dev/null || true
}

# Prints "A-median B-median median-of-pair-ratios" for PAIRS interleaved runs of two timers.
pairs_of() {
  local a b
  : >"$work/a" >"$work/b" >"$work/r"
  for _ in $(seq "$pairs"); do
    a=$("$1") b=$("$2")
    echo "$a" >>"$work/a"
    echo "$b" >>"$work/b"
    awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f\n", a / b }' >>"$work/r"
  done
  echo "$(median <"$work/a") $(median <"$work/b") $(median <"$work/r")"
}

first_screen() {
  if [ ! -f "$clack/node_modules/@clack/prompts/package.json" ]; then
    echo "first-screen: skipped (no @clack/prompts in $clack)" >&2
    return 0
  fi
  mkdir -p "$work/ttp-home"
  # One run first, so a class-data archive written by the first run after a build is in place.
  first_text_ms 'Which decision is on your mind?' env CROSSROADS_HOME="$work/ttp-home" "$launcher" >/dev/null
  # crossroads' run notes when its line reader is up as well; the pair's ratio is the screen's.
  : >"$work/ready"
  t_cross() {
    local both
    both=$(READY=1 first_text_ms 'Which decision is on your mind?' \
      env CROSSROADS_HOME="$work/ttp-home" "$launcher")
    echo "${both#* }" >>"$work/ready"
    echo "${both% *}"
  }
  t_clack() { (cd "$clack" && first_text_ms 'Which path?' node clack-ask.mjs); }
  read -r c k r < <(pairs_of t_cross t_clack)
  echo "first screen: crossroads ${c} ms, clack ${k} ms, ratio ${r} (median of ${pairs} pairs);" \
    "crossroads' line reader up at $(median <"$work/ready") ms"
}

wall_ms() {
  local s
  s=$(now_ms)
  "$@" >/dev/null 2>&1
  echo $(( $(now_ms) - s ))
}

version() {
  "$launcher" --version >/dev/null
  t_ours() { wall_ms "$launcher" --version; }
  t_java() { wall_ms java -version; }
  read -r o j r < <(pairs_of t_ours t_java)
  echo "--version: crossroads ${o} ms, java -version ${j} ms, ratio ${r} (median of ${pairs} pairs)"
}

# A whole interactive session in tmux on the grad-school template: the answers file gives every
# answer it can, Enter takes the offered default for the rest, the profile is saved. GNU time
# reports the peak RSS of the JVM (the launcher execs java, so it is the same process).
session() {
  local home="$work/session-home" out="$work/session.time" done="$work/session.exit" s="rss$$"
  rm -rf "$home"
  cp "$root/src/main/resources/dev/crossroads/cli/training.yaml" "$work/answers.yaml"
  # The first run after a build writes the class-data archive, which is not a session's cost.
  "$launcher" --version >/dev/null
  tm new-session -d -s "$s" -x 100 -y 30 \
    "/usr/bin/time -v -o '$out' '$launcher' new --answers '$work/answers.yaml' --home '$home'; echo \$? >'$done'; sleep 30"
  for _ in $(seq 200); do
    [ -f "$done" ] && break
    tm send-keys -t "$s" Enter
    sleep 0.3
  done
  tm kill-session -t "$s" 2>/dev/null || true
  local rss
  rss=$(awk '/Maximum resident/ { print $NF }' "$out")
  echo "session: exit $(cat "$done"), saved $(ls "$home/profiles" 2>/dev/null | tr '\n' ' ')peak RSS $(( rss / 1024 )) MiB"
}

# The heavy analyze of issue 13 (30 options x 40 criteria, 300,000 draws): through the launcher,
# against the same jar under the JVM's default tiered compilation; wall time and peak RSS.
heavy() {
  local profile="$work/big.json" jar="$root/target/crossroads.jar"
  python3 "$here/big-profile.py" >"$profile"
  one() { /usr/bin/time -f '%e %M' -o "$work/t" "$@" analyze "$profile" --draws 300000 --format json >/dev/null; cat "$work/t"; }
  : >"$work/ha" >"$work/hb" >"$work/hr" >"$work/hm"
  for _ in $(seq "${HEAVY_PAIRS:-3}"); do
    read -r a ma < <(one "$launcher")
    read -r b mb < <(one java -XX:+UseSerialGC -jar "$jar")
    echo "$a" >>"$work/ha"; echo "$b" >>"$work/hb"; echo "$ma" >>"$work/hm"
    awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f\n", a / b }' >>"$work/hr"
  done
  echo "heavy analyze: launcher $(median <"$work/ha") s, tiered $(median <"$work/hb") s," \
    "ratio $(median <"$work/hr") (median of ${HEAVY_PAIRS:-3} pairs), launcher peak RSS" \
    "$(( $(median <"$work/hm") / 1024 )) MiB"
}

# Ctrl-C at 20, 50, 100 and 200 ms after start, and at the first prompt once the line reader
# is up, in tmux, CTRL_C_ROUNDS times each (default 3): the exit code must be 130 and the
# terminal's settings (stty -a, read inside the same window before and after) unchanged.
ctrl_c() {
  local s="intr$$" ms dir="$work/intr" round
  mkdir -p "$dir/home"
  "$launcher" --version >/dev/null
  for round in $(seq "${CTRL_C_ROUNDS:-3}"); do
  for ms in 20 50 100 200 prompt; do
    rm -f "$dir/before" "$dir/after" "$dir/code"
    # The window's shell survives the Ctrl-C (a trap, unlike an ignored signal, is not inherited)
    # to note the exit code and the settings after it.
    cat >"$dir/run.sh" <<EOS
trap : INT
stty -a >'$dir/before'
touch '$dir/go'
CROSSROADS_HOME='$dir/home' '$launcher'
echo \$? >'$dir/code'
stty -a >'$dir/after.part' && mv '$dir/after.part' '$dir/after'
sleep 30
EOS
    tm new-session -d -s "$s" -x 100 -y 30 "bash '$dir/run.sh'"
    until [ -f "$dir/go" ]; do sleep 0.005; done
    rm -f "$dir/go"
    if [ "$ms" = prompt ]; then
      for _ in $(seq 3000); do
        [ "$(tm display -p -t "$s" '#{keypad_flag}')" = 1 ] && break
        sleep 0.01
      done
    else
      sleep "$(awk -v m="$ms" 'BEGIN { print m / 1000 }')"
    fi
    tm send-keys -t "$s" C-c
    for _ in $(seq 3000); do [ -f "$dir/after" ] && break; sleep 0.01; done
    if cmp -s "$dir/before" "$dir/after"; then
      same=unchanged
    else
      same=CHANGED
      { echo "--- the window:"; tm capture-pane -p -t "$s"; echo "---"; } >&2
      diff "$dir/before" "$dir/after" >&2 || true
    fi
    tm kill-session -t "$s" 2>/dev/null || true
    echo "round ${round}, Ctrl-C at ${ms}$([ "$ms" = prompt ] || echo ' ms'):" \
      "exit $(cat "$dir/code" 2>/dev/null || echo none), stty ${same}"
  done
  done
}

case "${1:-all}" in
  first-screen) first_screen ;;
  version) version ;;
  session) session ;;
  heavy) heavy ;;
  ctrl-c) ctrl_c ;;
  all) first_screen; version; session; heavy; ctrl_c ;;
  *) sed -n '2,10p' "$0" >&2; exit 2 ;;
esac
