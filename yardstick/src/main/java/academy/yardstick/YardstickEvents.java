package academy.yardstick;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The table {@code yardstick_events}: the event store's columns, types, constraints and feed
 * index (event-store's V1__event_store.sql), created at start. Each post is one single-row
 * INSERT in its own transaction, an event-sized row, as an append of one event writes it.
 */
@ApplicationScoped
public class YardstickEvents {

    static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS yardstick_events (
                global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                stream_id       text        NOT NULL,
                stream_version  int         NOT NULL CHECK (stream_version > 0),
                event_id        uuid        NOT NULL UNIQUE,
                event_type      text        NOT NULL,
                data            jsonb       NOT NULL CHECK (jsonb_typeof(data) = 'object'),
                metadata        jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
                transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
                recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
                UNIQUE (stream_id, stream_version)
            );
            CREATE INDEX IF NOT EXISTS yardstick_events_feed_order ON yardstick_events (transaction_id, global_position);
            """;

    private static final String INSERT = "INSERT INTO yardstick_events (stream_id, stream_version, event_id, event_type, data, metadata)"
            + " VALUES ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb) RETURNING global_position";

    /** Streams are never read back, so every row gets a version of its own (the unique key never conflicts). */
    private final AtomicInteger versions = new AtomicInteger();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Pool pool;

    public YardstickEvents(Pool pool) {
        this.pool = pool;
    }

    void createTable(@Observes StartupEvent started) {
        pool.query(SCHEMA).execute().await().atMost(Duration.ofSeconds(60));
    }

    /** Inserts one LessonProgressRecorded-shaped row; its global position. */
    public Uni<Long> append(long userId, UUID lessonId, ProgressBody body) {
        UUID eventId = UUID.randomUUID();
        String data = new JsonObject().put("userId", userId).put("lessonId", lessonId.toString()).put("score", body.score())
                .put("bestScore", body.score()).put("timeSpentSeconds", body.timeSpent()).put("recordedAt", Instant.now().toString())
                .encode();
        String metadata = new JsonObject().put("schemaVersion", 1).put("correlationId", UUID.randomUUID().toString())
                .put("userId", userId).encode();
        Tuple row = Tuple.tuple().addString("lesson-" + userId + "-" + lessonId + "-" + run).addInteger(versions.incrementAndGet())
                .addUUID(eventId).addString("LessonProgressRecorded").addString(data).addString(metadata);
        return pool.preparedQuery(INSERT).execute(row).map(rows -> rows.iterator().next().getLong(0));
    }
}
