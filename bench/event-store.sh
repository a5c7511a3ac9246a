#!/usr/bin/env bash
# Event-store benchmark: the raw INSERT limit of this PostgreSQL (bench/pg-insert-limit.sh)
# and the library's figures, in the same run. Prints `name=value unit` lines.
#   usage: bench/event-store.sh [seconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
limit_script=bench/pg-insert-limit.sh
mvn -B -q -o -pl event-store test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
raw=$(bash "$limit_script" 16 "$seconds" | sed -n 's/.*: \([0-9.]*\) tx\/s.*/\1/p')
echo "raw_insert_limit=${raw} tx/s"
out=$(java -Dbench.seconds="$seconds" -cp "event-store/target/test-classes:event-store/target/classes:$(cat event-store/target/bench.classpath)" \
  academy.eventstore.EventStoreBenchmark 2>/dev/null)
echo "$out"
single=$(echo "$out" | sed -n 's/^append_single_appends_per_second=\([0-9.]*\).*/\1/p')
batch=$(echo "$out" | sed -n 's/^append_batch10_events_per_second=\([0-9.]*\).*/\1/p')
awk -v s="$single" -v b="$batch" -v r="$raw" 'BEGIN { printf "append_single_ratio_to_raw=%.2f x\nappend_batch10_events_ratio_to_raw=%.2f x\n", s/r, b/r }'
