#!/bin/bash
# bt4j and backtrader on the same file in the same run: BT-SMACROSS-10-30 (SMA 10/30 crossover,
# stake 1, market orders; the golden README's minute generator, seed 42) from the command line, as a
# user runs it. For each engine and input it prints wall and CPU (user+sys) seconds, the result
# (final value, trades), and bt4j's own closing line (load / loop / output / total without JVM
# start-up); then the ratios backtrader / bt4j. Checks that every run ends at the same final value.
#   bench/side-by-side.sh [--bars N] [--reps R] [--bt-reps R] [--mode runonce|runnext|exactbars]
# Needs backtrader's source (BT4J_PEERS, default ../shared/peers) and python3; data goes to
# ${BENCH_DIR:-/tmp/bt4j-side-by-side}. The bt4j launcher is used as is (its CDS archive and JIT
# settings); BT4J_JAVA_OPTS changes them.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BARS=1000000; REPS=3; BTREPS=1; MODE=runonce
while [ $# -gt 0 ]; do
  case "$1" in
    --bars) BARS=$2; shift 2;; --reps) REPS=$2; shift 2;; --bt-reps) BTREPS=$2; shift 2;;
    --mode) MODE=$2; shift 2;;
    *) echo "side-by-side: unknown option $1" >&2; exit 2;;
  esac
done
PEERS=${BT4J_PEERS:-$ROOT/../shared/peers}
[ -d "$PEERS/backtrader/backtrader" ] || { echo "side-by-side: backtrader not found under $PEERS (set BT4J_PEERS)" >&2; exit 2; }
DIR=${BENCH_DIR:-/tmp/bt4j-side-by-side}; mkdir -p "$DIR"
CSV="$DIR/smacross_${BARS}_s42.csv"; BIN="$DIR/smacross_${BARS}_s42.bt4j"
"$ROOT/bt4j" --version >/dev/null 2>&1 || true   # builds the jar (and its CDS archive) first if needed
[ -f "$CSV" ] || "$ROOT/bt4j" data generate --mode minute --seed 42 --start-price 1000.00 --start-date 2000-01-03 \
  --bars "$BARS" --out "$CSV" >/dev/null
[ -f "$BIN" ] || "$ROOT/bt4j" data convert --in "$CSV" --timeframe Minutes --out "$BIN" >/dev/null
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $BARS bars, mode $MODE"
T=$(mktemp); OUT=$(mktemp)
run() { # label, then the command; appends "label wall cpu" to $T.results
  local label=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$T" "$@" >"$OUT" 2>"$OUT.err" || { cat "$OUT.err" >&2; exit 1; }
  read -r wall user sys < "$T"
  local cpu; cpu=$(echo "$user + $sys" | bc)
  local result total=""
  if [ "${label#bt4j}" != "$label" ]; then
    result="final_value=$(python3 -c "import json,sys; d=json.load(open('$DIR/out.json')); print('%.6f closed_trades=%d' % (d['final_value'], sum(1 for t in d['trades'] if t['status']=='Closed')))")"
    total=$(sed -n 's/.*total \([0-9.]*\) s.*/\1/p' "$OUT.err")
    echo "  $label: wall $wall s, cpu $cpu s, without JVM start-up $total s; $result | $(cat "$OUT.err")"
  else
    result=$(sed 's/^backtrader [0-9]* bars //' "$OUT")
    echo "  $label: wall $wall s, cpu $cpu s; $result"
  fi
  echo "$label $wall $cpu ${total:-$wall} $(echo "$result" | sed 's/ .*//')" >> "$T.results"
}
: > "$T.results"
for r in $(seq "$BTREPS"); do
  run backtrader env PYTHONPATH="$PEERS/backtrader" python3 "$ROOT/bench/bt_smacross.py" "$CSV" "$MODE"
done
for r in $(seq "$REPS"); do
  for f in "$CSV" "$BIN"; do
    run "bt4j-${f##*.}" "$ROOT/bt4j" backtest --data "$f" --timeframe Minutes --strategy smacross \
      --param fast=10 --param slow=30 --mode "$MODE" --json --out "$DIR/out.json"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$T.results" <<'PY'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    label, wall, cpu, nostart, value = line.split()
    rows.setdefault(label, []).append((float(wall), float(cpu), float(nostart), value))
values = {v for r in rows.values() for (_, _, _, v) in r}
if len(values) != 1:
    sys.exit("side-by-side: the engines disagree: " + ", ".join(sorted(values)))
bt = rows.pop("backtrader")
bw = min(w for w, _, _, _ in bt); bc = min(c for _, c, _, _ in bt)
print("same result everywhere: %s" % values.pop())
print("%-10s %10s %10s %14s %14s %12s" % ("", "best wall", "best cpu", "wall ratio", "no-JVM ratio", "cpu ratio"))
print("%-10s %10.2f %10.2f" % ("backtrader", bw, bc))
for label, r in sorted(rows.items()):
    w = min(x[0] for x in r); c = min(x[1] for x in r); n = min(x[2] for x in r)
    print("%-10s %10.2f %10.2f %13.0fx %13.0fx %11.0fx" % (label, w, c, bw / w, bw / n, bc / c))
PY
rm -f "$T" "$T.results" "$OUT" "$OUT.err"
