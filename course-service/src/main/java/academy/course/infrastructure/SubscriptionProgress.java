package academy.course.infrastructure;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a subscription has handled the event at a global position. The feed runs in
 * (transaction id, position) order, so the checkpoint is compared with that event's place, not its number.
 */
@ApplicationScoped
public class SubscriptionProgress {

    private static final String PASSED = "SELECT 1 FROM subscription_checkpoints c JOIN event_store e"
            + " ON e.global_position = $2"
            + " WHERE c.subscription = $1 AND (c.transaction_id, c.global_position) >= (e.transaction_id, e.global_position)";

    private final Pool pool;

    public SubscriptionProgress(Pool pool) {
        this.pool = pool;
    }

    /** {@code after} once the subscription is past it, else 0 (what ReadYourWrites compares). */
    public Uni<Long> positionReached(String subscription, long after) {
        return pool.preparedQuery(PASSED).execute(Tuple.of(subscription, after))
                .map(rows -> rows.size() > 0 ? after : 0L);
    }
}
