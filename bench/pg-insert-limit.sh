#!/usr/bin/env bash
# The physical limit for event appends on this machine: single-row INSERT transactions of one
# event-sized row into a scratch table, measured with pgbench against the same PostgreSQL the
# services use. Report the services' append/command throughput as a ratio of this figure,
# measured in the same run.
#   usage: pg-insert-limit.sh [clients=16] [seconds=10]
# Connection (the benchmarks pass the academy database's): the usual libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE); defaults to
# 127.0.0.1:5432, user postgres, database postgres.
set -euo pipefail
clients=${1:-16}
seconds=${2:-10}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
table=insert_limit_$$
script=$(mktemp)
trap 'psql -qX -c "DROP TABLE IF EXISTS $table" >/dev/null 2>&1 || true; rm -f "$script"' EXIT
psql -qX -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE $table (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream_id text NOT NULL, stream_version int NOT NULL, event_id uuid NOT NULL UNIQUE,
  event_type text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL DEFAULT '{}',
  transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(), recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (stream_id, stream_version));
SQL
cat > "$script" <<SQL
\set n random(1, 2000000000)
INSERT INTO $table (stream_id, stream_version, event_id, event_type, data)
VALUES ('lesson-' || :client_id || '-' || :n, 1, gen_random_uuid(), 'LessonCompleted',
        '{"userId":1,"lessonId":"lesson_1","score":0.85,"timeSpentSeconds":180}');
SQL
tps=$(pgbench -n -f "$script" -c "$clients" -j 2 -T "$seconds" 2>&1 | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
echo "raw single-row INSERT limit: ${tps:-unknown} tx/s (${clients} clients, ${seconds} s)"
