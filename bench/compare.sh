#!/bin/sh
# The side-by-side comparison of BT-SMACROSS-10-30 (bt4j runonce / bar by bar / exactbars=1, ta4j 0.17,
# and the fused primitive loop), on 1M and 10M generated bars by default. Any options are passed on,
# e.g.  bench/compare.sh --bars 1000000 --reps 5 --no-ta4j     (see --help).
# Builds bt4j-bench/target/benchmarks.jar on first use or when sources changed.
# BENCH_JAVA_OPTS overrides the JVM options (the default heap fits ta4j on 10M bars).
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/bt4j-bench/target/benchmarks.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT" -path '*/src/main/*' -newer "$JAR" -print -quit 2>/dev/null)" ]; then
  echo "compare: building benchmarks.jar (first use or sources changed)..." >&2
  LOG=$(mktemp)
  if ! (cd "$ROOT" && mvn -q -B -DskipTests -Dbt4j.out=target package -pl bt4j-bench -am) >"$LOG" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$LOG" >&2
    rm -f "$LOG"
    echo "compare: the build failed (output above)" >&2
    exit 1
  fi
  rm -f "$LOG"
fi
exec java ${BENCH_JAVA_OPTS:--Xms1g -Xmx12g -XX:+UseParallelGC} -jar "$JAR" compare "$@"
