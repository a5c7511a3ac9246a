#!/usr/bin/env bash
# Progress posts through HTTP against a real learning-service and PostgreSQL, with the raw INSERT
# limit measured in the same run. Open loop at a fixed rate (HdrHistogram, latency from the
# intended send time), then closed loop for the maximum. Prints `name=value unit` lines.
# Each phase also prints the CPU split (service, every postgres process, generator) and the
# service's CPU milliseconds per answered post, from /proc.
#   usage: bench/learning-service.sh [rate=1000] [seconds=20]
#   LEARNING_JAVA_OPTS: extra options for the service's JVM (e.g. a JFR recording);
#   BENCH_OPTS: extra -Dbench.* options for the generator (e.g. -Dbench.mode=max).
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-1000}
seconds=${2:-20}
db=learning_bench_$$
work=$(mktemp -d)
limit_script=bench/pg-insert-limit.sh
cleanup() {
  [ -n "${service:-}" ] && kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true
  psql -qX -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mvn -B -q -o -pl learning-service package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
CP="learning-service/target/test-classes:learning-service/target/classes:$(cat learning-service/target/bench.classpath)"
raw=$(bash "$limit_script" 16 10 | sed -n 's/.*: \([0-9.]*\) tx\/s.*/\1/p')
echo "raw_insert_limit=${raw} tx/s"
echo "load_average_before=$(cut -d' ' -f1 /proc/loadavg) (1 min)"
java -cp "$CP" academy.learning.bench.ProgressBenchmark keys "$work" >/dev/null
psql -qX -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
DATABASE_URL=postgresql://postgres@127.0.0.1:5432/$db ACADEMY_JWT_PUBLIC_KEYS=file:$work/jwks.json \
  QUARKUS_HTTP_PORT=$port ACADEMY_REDIS_KEY_PREFIX="bench-$$:" \
  java -Xmx256m ${LEARNING_JAVA_OPTS:-} -jar learning-service/target/quarkus-app/quarkus-run.jar >"$work/service.log" 2>&1 &
service=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 0.5; done
# shellcheck disable=SC2086
out=$(java -Dbench.url="http://127.0.0.1:$port" -Dbench.rate="$rate" -Dbench.seconds="$seconds" \
  -Dbench.service-pid="$service" ${BENCH_OPTS:-} \
  -Dbench.database-url="postgresql://postgres@127.0.0.1:5432/$db" -Dbench.private-key="$work/private.pem" \
  -cp "$CP" academy.learning.bench.ProgressBenchmark 2>/dev/null)
echo "$out"
max=$(echo "$out" | sed -n 's/^max_throughput_posts_per_second=\([0-9.]*\).*/\1/p')
[ -n "$max" ] && awk -v m="$max" -v r="$raw" 'BEGIN { printf "max_throughput_ratio_to_raw=%.2f x\n", m/r }'
echo "service_rss_kb=$(ps -o rss= -p "$service" | tr -d ' ') kB"
echo "load_average_after=$(cut -d' ' -f1 /proc/loadavg) (1 min)"
