#!/bin/sh
# Logical backup of the academy database: the event store, the subscription checkpoints, the
# dead letters and every service's tables, in one consistent pg_dump snapshot (custom format,
# restorable with pg_restore). Dumps older than RETENTION_DAYS are deleted afterwards.
# Run by the backup CronJob (helm: backup.*, kustomize: k8s/components/backup); the restore
# drill of the test suite runs this same file. Restore: docs/operations.md, "Restore".
set -eu

: "${DATABASE_URL:?DATABASE_URL is required (postgresql://user:password@host:5432/db)}"
BACKUP_DIR="${BACKUP_DIR:-/backups}"
RETENTION_DAYS="${RETENTION_DAYS:-14}"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$BACKUP_DIR/academy-$stamp.dump"

# Written aside, checked, then renamed: a dump that exists under its final name is complete.
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$target.partial"
pg_restore --list "$target.partial" > /dev/null
mv "$target.partial" "$target"

# Retention: dumps (and leftovers of failed runs) older than RETENTION_DAYS days.
find "$BACKUP_DIR" -maxdepth 1 -type f -name 'academy-*.dump*' -mtime +"$RETENTION_DAYS" -exec rm -f {} +

echo "backup written: $target ($(wc -c < "$target") bytes); kept: $(find "$BACKUP_DIR" -maxdepth 1 -name 'academy-*.dump' | wc -l) dumps"
