package academy.course.infrastructure;

import academy.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code course_rewalks}: re-walks of a course's enrolled learners still to do, each with the
 * last learner done. Queued by the unlocking feed, worked off a page at a time by {@link RewalkJob}.
 */
@ApplicationScoped
public class RewalkQueue {

    /** Transaction-scoped advisory lock shared by the unlocking feed and the re-walk pages: they never overlap. */
    static final long UNLOCKING_LOCK = 0x636f_7572_7365_756eL;

    private static final String QUEUE = "INSERT INTO course_rewalks (source_event_id, course_id, source_type,"
            + " source_metadata, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (source_event_id) DO NOTHING";
    private static final String NEXT = "SELECT source_event_id, course_id, source_type, source_metadata, at, after_user_id"
            + " FROM course_rewalks ORDER BY queued_at, source_event_id LIMIT 1";
    private static final String ADVANCE = "UPDATE course_rewalks SET after_user_id = $2 WHERE source_event_id = $1";
    private static final String DONE = "DELETE FROM course_rewalks WHERE source_event_id = $1";
    private static final String PAGE = "SELECT user_id FROM course_enrollments WHERE course_id = $1 AND user_id > $2"
            + " ORDER BY user_id LIMIT $3";

    /** A pending re-walk: the event that asked for it, and the last learner already re-walked (null: none yet). */
    public record Rewalk(RecordedEvent source, UUID courseId, Instant at, Long afterUserId) {
    }

    public Uni<Void> lock(SqlClient tx) {
        return tx.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(UNLOCKING_LOCK)).replaceWithVoid();
    }

    public Uni<Void> queue(SqlClient tx, RecordedEvent source, UUID courseId, Instant at) {
        return tx.preparedQuery(QUEUE).execute(Tuple.of(source.eventId(), courseId, source.eventType(),
                source.metadata(), at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    public Uni<Optional<Rewalk>> next(SqlClient tx) {
        return tx.preparedQuery(NEXT).execute().map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            UUID id = row.getUUID("source_event_id");
            Instant at = row.getOffsetDateTime("at").toInstant();
            JsonObject metadata = (JsonObject) row.getValue("source_metadata");
            // Only the id, type and metadata of the source are kept: what reaction ids and causation need.
            RecordedEvent source = new RecordedEvent(0, 0, "", 0, id, row.getString("source_type"), new JsonObject(),
                    metadata, at);
            return Optional.of(new Rewalk(source, row.getUUID("course_id"), at, row.getLong("after_user_id")));
        });
    }

    public Uni<java.util.List<Long>> page(SqlClient tx, Rewalk rewalk, int size) {
        long after = rewalk.afterUserId() == null ? Long.MIN_VALUE : rewalk.afterUserId();
        return tx.preparedQuery(PAGE).execute(Tuple.of(rewalk.courseId(), after, size)).map(rows -> {
            java.util.List<Long> users = new java.util.ArrayList<>();
            rows.forEach(row -> users.add(row.getLong("user_id")));
            return users;
        });
    }

    public Uni<Void> advance(SqlClient tx, Rewalk rewalk, long lastUserId) {
        return tx.preparedQuery(ADVANCE).execute(Tuple.of(rewalk.source().eventId(), lastUserId)).replaceWithVoid();
    }

    public Uni<Void> done(SqlClient tx, Rewalk rewalk) {
        return tx.preparedQuery(DONE).execute(Tuple.of(rewalk.source().eventId())).replaceWithVoid();
    }
}
