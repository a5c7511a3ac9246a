package academy.assessment.infrastructure;

import academy.assessment.domain.AttemptStarted;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code assessment_attempts}: attempt id to owner and assessment, and the overdue work list.
 * Written right after each start and kept complete by the feed; every write is idempotent.
 */
@ApplicationScoped
public class AttemptTable {

    private final Pool pool;

    public AttemptTable(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> record(AttemptStarted started) {
        return record(pool, started);
    }

    public Uni<Void> record(SqlClient client, AttemptStarted started) {
        return client.preparedQuery("""
                        INSERT INTO assessment_attempts (attempt_id, user_id, assessment_id, accept_until)
                        VALUES ($1, $2, $3, $4) ON CONFLICT (attempt_id) DO NOTHING
                        """)
                .execute(Tuple.of(started.attemptId(), started.userId(), started.assessmentId(),
                        OffsetDateTime.ofInstant(started.acceptUntil(), ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    public Uni<Void> finish(UUID attemptId) {
        return finish(pool, attemptId);
    }

    public Uni<Void> finish(SqlClient client, UUID attemptId) {
        return client.preparedQuery("UPDATE assessment_attempts SET finished = true WHERE attempt_id = $1")
                .execute(Tuple.of(attemptId)).replaceWithVoid();
    }

    public Uni<AttemptRow> find(UUID attemptId) {
        return pool.preparedQuery("SELECT user_id, assessment_id FROM assessment_attempts WHERE attempt_id = $1")
                .execute(Tuple.of(attemptId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new AttemptRow(attemptId, row.getLong("user_id"), row.getUUID("assessment_id"));
                });
    }

    /** Unfinished attempts whose answers closed before {@code now}, oldest first. */
    public Uni<List<AttemptRow>> overdue(Instant now, int limit) {
        return pool.preparedQuery("""
                        SELECT attempt_id, user_id, assessment_id FROM assessment_attempts
                         WHERE NOT finished AND parked_at IS NULL AND accept_until < $1
                         ORDER BY accept_until LIMIT $2
                        """)
                .execute(Tuple.of(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), limit))
                .map(rows -> {
                    List<AttemptRow> overdue = new ArrayList<>();
                    for (Row row : rows) {
                        overdue.add(new AttemptRow(row.getUUID("attempt_id"), row.getLong("user_id"),
                                row.getUUID("assessment_id")));
                    }
                    return overdue;
                });
    }

    /**
     * Counts one more failed auto-submit of {@code attemptId} and parks it at {@code parkAfter}
     * failures; true when this call parked it.
     */
    public Uni<Boolean> recordAutoSubmitFailure(UUID attemptId, int parkAfter) {
        return pool.preparedQuery("""
                        UPDATE assessment_attempts SET auto_submit_failures = auto_submit_failures + 1,
                               parked_at = CASE WHEN auto_submit_failures + 1 >= $2 THEN now() END
                         WHERE attempt_id = $1 AND parked_at IS NULL
                        RETURNING parked_at IS NOT NULL AS parked
                        """)
                .execute(Tuple.of(attemptId, parkAfter))
                .map(rows -> rows.iterator().hasNext() && rows.iterator().next().getBoolean("parked"));
    }
}
