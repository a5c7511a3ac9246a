package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * What a subscription does with a batch of the feed. {@link #handle} runs inside the transaction
 * that also moves the subscription's checkpoint: every statement must use {@code transaction}
 * (never the pool), and appends (EventStore#appendInTransaction) come before any other write.
 * Delivery is at least once: handlers are idempotent (de-duplicate by event id or write absolute
 * values).
 */
public interface EventHandler {

    Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch);

    /** Runs after the batch's transaction committed (Redis writes, cache invalidation). Failures are logged only. */
    default Uni<Void> afterCommit(List<RecordedEvent> batch) {
        return Uni.createFrom().voidItem();
    }

    /** Event types this handler wants; empty means all. Other events only move the checkpoint. */
    default List<String> eventTypes() {
        return List.of();
    }
}
