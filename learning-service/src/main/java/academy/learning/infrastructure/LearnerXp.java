package academy.learning.infrastructure;

import academy.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/** Learners' total XP ({@code learning_learner_xp}), summed from LessonCompleted by the feed. */
@ApplicationScoped
public class LearnerXp {

    private static final String TOTAL = "SELECT total_xp FROM learning_learner_xp WHERE user_id = $1";
    // The dedup row and the sum move together: a redelivered event inserts no dedup row, so adds nothing.
    private static final String APPLY = """
            WITH applied AS (
                INSERT INTO learning_xp_applied (event_id) VALUES ($1) ON CONFLICT (event_id) DO NOTHING RETURNING event_id)
            INSERT INTO learning_learner_xp (user_id, total_xp, completions)
            SELECT $2, $3, 1 FROM applied
            ON CONFLICT (user_id) DO UPDATE SET total_xp = learning_learner_xp.total_xp + EXCLUDED.total_xp,
                completions = learning_learner_xp.completions + 1, updated_at = now()
            """;

    private final Pool pool;

    public LearnerXp(Pool pool) {
        this.pool = pool;
    }

    public Uni<Long> totalXp(long userId) {
        return pool.preparedQuery(TOTAL).execute(Tuple.of(userId))
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong("total_xp"));
    }

    Uni<Void> apply(SqlClient transaction, RecordedEvent completed, long userId, int xpEarned) {
        return transaction.preparedQuery(APPLY).execute(Tuple.of(completed.eventId(), userId, xpEarned)).replaceWithVoid();
    }
}
