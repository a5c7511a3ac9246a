package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One append: a single INSERT ... SELECT that checks the expected version and numbers the events. */
final class StreamAppender {

    private static final int ANY_VERSION = -1;
    private static final int ANY_RETRIES = 10;
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EVENT_ID_CONSTRAINT = "event_store_event_id_key";

    // The stream's head: its version and the transaction that wrote it (none for a new stream).
    private static final String HEAD = """
            (SELECT coalesce(last.stream_version, 0) AS version, last.transaction_id AS xid
               FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT stream_version, transaction_id FROM event_store
                     WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1) last ON true) head""";
    // Per-stream order in the feed (ordered by transaction id): never write after a head that a
    // younger transaction wrote. A transaction without an id yet gets one younger than every
    // committed head, so a standalone append never trips this.
    private static final String HEAD_NOT_YOUNGER =
            "coalesce(head.xid <= pg_current_xact_id_if_assigned(), true)";

    // The version check and the insert are one statement, so a standalone append is its own
    // transaction and its first write. Two appends with the same expectation both see version n;
    // the second blocks on the unique index and fails: a conflict, never a silent loss.
    private static final String INSERT = """
            INSERT INTO event_store (stream_id, stream_version, event_id, event_type, data, metadata)
            SELECT $1, head.version + e.ord, e.id, e.type, e.data::jsonb, e.meta::jsonb
              FROM %s,
                   unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS e(id, type, data, meta, ord)
             WHERE ($6 < 0 OR head.version = $6) AND %s
             ORDER BY e.ord
            RETURNING global_position, transaction_id::text::bigint AS transaction_id, stream_version, recorded_at
            """.formatted(HEAD, HEAD_NOT_YOUNGER);
    // The common case, one event, without unnest: measurably cheaper to plan and run.
    private static final String INSERT_ONE = """
            INSERT INTO event_store (stream_id, stream_version, event_id, event_type, data, metadata)
            SELECT $1, head.version + 1, $2::uuid, $3::text, $4::text::jsonb, $5::text::jsonb
              FROM %s
             WHERE ($6 < 0 OR head.version = $6) AND %s
            RETURNING global_position, transaction_id::text::bigint AS transaction_id, stream_version, recorded_at
            """.formatted(HEAD, HEAD_NOT_YOUNGER);
    private static final String STORED_BY_ID = "SELECT " + EventRows.COLUMNS
            + " FROM event_store WHERE event_id = ANY($1) ORDER BY global_position";
    private static final String STREAM_HEAD = "SELECT head.version, NOT " + HEAD_NOT_YOUNGER + " AS younger FROM " + HEAD;
    private static final String NOTIFY = "SELECT pg_notify($1, $2)";

    private final EventStoreMetrics metrics;
    private final WakeUpNotifier notifier;

    StreamAppender(EventStoreMetrics metrics, WakeUpNotifier notifier) {
        this.metrics = metrics;
        this.notifier = notifier;
    }

    Uni<AppendResult> append(SqlClient client, String streamId, ExpectedVersion expected, List<NewEvent> events,
                             boolean inTransaction) {
        if (events.isEmpty()) {
            return Uni.createFrom().failure(new IllegalArgumentException("an append needs at least one event"));
        }
        long started = System.nanoTime();
        Uni<AppendResult> result = inTransaction
                ? storedAlready(client, streamId, events).chain(stored -> stored != null
                        ? Uni.createFrom().item(stored)
                        : insert(client, streamId, expected, events, ANY_RETRIES, true))
                : insert(client, streamId, expected, events, ANY_RETRIES, false);
        List<String> types = events.stream().map(NewEvent::eventType).distinct().toList();
        return result
                // NOTIFY is transactional: listeners hear it when this transaction commits, and never if it rolls back.
                .call(appended -> inTransaction && !appended.alreadyStored()
                        ? client.preparedQuery(NOTIFY).execute(Tuple.of(WakeUpNotifier.CHANNEL, WakeUps.payload(types)))
                        : Uni.createFrom().voidItem())
                .invoke(appended -> {
                    metrics.appended(appended, events.size(), System.nanoTime() - started);
                    if (!inTransaction && !appended.alreadyStored()) {
                        notifier.eventsAppended(types);
                    }
                })
                .onFailure(ConcurrencyConflictException.class).invoke(metrics::conflict);
    }

    private Uni<AppendResult> insert(SqlClient client, String streamId, ExpectedVersion expected,
                                     List<NewEvent> events, int retriesLeft, boolean inTransaction) {
        String sql = events.size() == 1 ? INSERT_ONE : INSERT;
        return client.preparedQuery(sql).execute(insertArguments(streamId, expected, events))
                .onItemOrFailure().transformToUni((rows, failure) -> {
                    if (failure == null && rows.size() == events.size()) {
                        return Uni.createFrom().item(appended(streamId, rows));
                    }
                    if (failure != null && !isUniqueViolation(failure)) {
                        return Uni.createFrom().failure(failure);
                    }
                    if (failure != null && inTransaction) {
                        // The violation aborted the caller's transaction: no query can run on it now.
                        return Uni.createFrom().failure(abortedByRace(streamId, expected, (PgException) failure));
                    }
                    return rejected(client, streamId, expected, events, retriesLeft, inTransaction);
                });
    }

    /**
     * Another transaction committed the same stream version (or the same event id) while ours
     * waited on the unique index. Only a new transaction can decide again, and it sees at least
     * the version after the one expected.
     */
    private static ConcurrencyConflictException abortedByRace(String streamId, ExpectedVersion expected,
                                                              PgException violation) {
        int atLeast = expected instanceof ExpectedVersion.Exact exact ? exact.version() + 1 : 1;
        String reason = EVENT_ID_CONSTRAINT.equals(violation.getConstraint())
                ? "another transaction stored one of these event ids first"
                : "another transaction appended to the stream first";
        return ConcurrencyConflictException.inNewTransaction(streamId, expected, atLeast, reason);
    }

    /**
     * The insert wrote nothing (the transaction is intact): an idempotent retry, a reused id, a
     * stale expectation, or a head written by a younger transaction.
     */
    private Uni<AppendResult> rejected(SqlClient client, String streamId, ExpectedVersion expected,
                                       List<NewEvent> events, int retriesLeft, boolean inTransaction) {
        return storedAlready(client, streamId, events).chain(stored -> {
            if (stored != null) {
                return Uni.createFrom().item(stored);
            }
            return client.preparedQuery(STREAM_HEAD).execute(Tuple.of(streamId)).chain(rows -> {
                Row head = rows.iterator().next();
                int actual = head.getInteger("version");
                if (Boolean.TRUE.equals(head.getBoolean("younger"))) {
                    return Uni.createFrom().failure(ConcurrencyConflictException.inNewTransaction(streamId, expected,
                            actual, "its head was written by a younger transaction (per-stream feed order)"));
                }
                if (expected instanceof ExpectedVersion.Any && retriesLeft > 0) {
                    return insert(client, streamId, expected, events, retriesLeft - 1, inTransaction);
                }
                return Uni.createFrom().failure(new ConcurrencyConflictException(streamId, expected, actual));
            });
        });
    }

    /**
     * When every id is already stored as this same append (same stream, consecutive, same types
     * and data), the original result; null when none is stored; otherwise an id was reused.
     */
    private Uni<AppendResult> storedAlready(SqlClient client, String streamId, List<NewEvent> events) {
        UUID[] ids = events.stream().map(NewEvent::eventId).toArray(UUID[]::new);
        return client.preparedQuery(STORED_BY_ID).execute(Tuple.of(ids)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Map<UUID, RecordedEvent> stored = new HashMap<>();
            for (Row row : rows) {
                RecordedEvent event = EventRows.from(row);
                stored.put(event.eventId(), event);
            }
            RecordedEvent previous = null;
            for (NewEvent event : events) {
                RecordedEvent original = stored.get(event.eventId());
                if (original == null) {
                    throw new EventIdConflictException(event.eventId(), "its append stored only in part");
                }
                if (!original.streamId().equals(streamId)) {
                    throw new EventIdConflictException(event.eventId(), "another stream");
                }
                if (!sameRequest(original.metadata(), event.metadata())) {
                    throw new EventIdConflictException(event.eventId(), "another request's hash");
                }
                if (!original.eventType().equals(event.eventType()) || !sameJson(original.data(), event.data())) {
                    throw new EventIdConflictException(event.eventId(), "other content");
                }
                if (previous != null && original.streamVersion() != previous.streamVersion() + 1) {
                    throw new EventIdConflictException(event.eventId(), "another order");
                }
                previous = original;
            }
            return new AppendResult(streamId, previous.streamVersion(), previous.globalPosition(), true);
        });
    }

    /** Both appended for a keyed request: by the same request (unknown when either lacks the hash). */
    private static boolean sameRequest(JsonObject stored, JsonObject offered) {
        String storedHash = stored == null ? null : stored.getString(EventMetadata.REQUEST_HASH);
        String offeredHash = offered == null ? null : offered.getString(EventMetadata.REQUEST_HASH);
        return storedHash == null || offeredHash == null || storedHash.equals(offeredHash);
    }

    private static boolean sameJson(JsonObject stored, JsonObject offered) {
        // Compared as jsonb would store them: key order and number formatting do not matter.
        return normalized(stored).equals(normalized(offered));
    }

    private static Object normalized(Object value) {
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new HashMap<>();
            object.forEach(entry -> map.put(entry.getKey(), normalized(entry.getValue())));
            return map;
        }
        if (value instanceof io.vertx.core.json.JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.forEach(item -> list.add(normalized(item)));
            return list;
        }
        if (value instanceof Number number) {
            return new java.math.BigDecimal(number.toString()).stripTrailingZeros();
        }
        return value;
    }

    private static Tuple insertArguments(String streamId, ExpectedVersion expected, List<NewEvent> events) {
        int version = expected instanceof ExpectedVersion.Exact exact ? exact.version()
                : expected instanceof ExpectedVersion.NoStream ? 0 : ANY_VERSION;
        if (events.size() == 1) {
            NewEvent event = events.get(0);
            return Tuple.tuple().addString(streamId).addUUID(event.eventId()).addString(event.eventType())
                    .addString(event.data().encode()).addString(event.metadata().encode()).addInteger(version);
        }
        int size = events.size();
        UUID[] ids = new UUID[size];
        String[] types = new String[size];
        String[] data = new String[size];
        String[] metadata = new String[size];
        for (int i = 0; i < size; i++) {
            NewEvent event = events.get(i);
            ids[i] = event.eventId();
            types[i] = event.eventType();
            data[i] = event.data().encode();
            metadata[i] = event.metadata().encode();
        }
        return Tuple.tuple()
                .addString(streamId)
                .addArrayOfUUID(ids)
                .addArrayOfString(types)
                .addArrayOfString(data)
                .addArrayOfString(metadata)
                .addInteger(version);
    }

    private static AppendResult appended(String streamId, RowSet<Row> rows) {
        Row last = null;
        for (Row row : rows) {
            last = row;
        }
        return new AppendResult(streamId, last.getInteger("stream_version"), last.getLong("global_position"), false);
    }

    private static boolean isUniqueViolation(Throwable failure) {
        return failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState());
    }
}
