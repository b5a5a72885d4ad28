#!/bin/sh
# Regenerates every expected output from backtrader itself (1.9.78.123, peers/backtrader).
# usage: bt4j-samples/src/test/resources/samples/generate.sh [path to backtrader's repository]
set -e
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../../.." && pwd)
bt=${1:-${BT4J_PEERS:-$repo/../shared/peers}/backtrader}
bt=$(cd "$bt" && pwd)
run() { # name script args...
  name=$1; shift
  script=$1; shift
  PYTHONPATH=$bt python3 "$here/generate.py" "$bt/samples/$script" "$@" > "$here/$name.txt"
}
while read -r name script args; do
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086
  run "$name" "$script" $args
done < "$here/samples.list"
