package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Appends to and reads streams of the shared {@code event_store} table. The only code that knows
 * its SQL, together with the feed. Guarantees: ARCHITECTURE "The event store" 1-2, docs/architecture.md.
 */
@ApplicationScoped
public class EventStore {

    private final Pool pool;
    private final StreamAppender appender;
    private final StreamReader reader;

    @Inject
    public EventStore(Pool pool, EventStoreMetrics metrics, WakeUpNotifier notifier) {
        this.pool = pool;
        this.appender = new StreamAppender(metrics, notifier);
        this.reader = new StreamReader();
    }

    /**
     * Appends {@code events} to {@code streamId} atomically, as the only statement of its own
     * transaction. A stale expectation fails with {@link ConcurrencyConflictException}; an exact
     * re-append of stored ids succeeds with {@code alreadyStored} and writes nothing; a stored id
     * with other content fails with {@link EventIdConflictException}.
     */
    public Uni<AppendResult> append(String streamId, ExpectedVersion expected, List<NewEvent> events) {
        return appender.append(pool, streamId, expected, events, false);
    }

    /**
     * The same append on an open transaction's connection, so a reaction's events and its
     * checkpoint commit together. Call it before any other write of that transaction (per-stream
     * order in the feed depends on it). Stored ids are checked first, so a redelivered reaction
     * does not abort the transaction.
     */
    public Uni<AppendResult> appendInTransaction(SqlConnection transaction, String streamId, ExpectedVersion expected,
                                                 List<NewEvent> events) {
        return appender.append(transaction, streamId, expected, events, true);
    }

    /** The whole stream, oldest first; empty when it does not exist. */
    public Uni<List<RecordedEvent>> readStream(String streamId) {
        return readStream(streamId, 1);
    }

    /** The stream from {@code fromVersion} (1-based, inclusive), oldest first. */
    public Uni<List<RecordedEvent>> readStream(String streamId, int fromVersion) {
        return reader.readStream(pool, streamId, fromVersion);
    }

    /** The stream read on a given client (a transaction's connection, for example). */
    public Uni<List<RecordedEvent>> readStream(SqlClient client, String streamId) {
        return reader.readStream(client, streamId, 1);
    }

    /** The stored event with this id, if any. */
    public Uni<RecordedEvent> findEvent(UUID eventId) {
        return reader.findEvent(pool, eventId);
    }

    /** The highest global position stored (0 when the store is empty). */
    public Uni<Long> headPosition() {
        return reader.headPosition(pool);
    }

    /**
     * Events of the global feed after {@code after}, in feed order, only below the oldest running
     * transaction (guarantee 3), at most {@code limit}. {@code eventTypes} empty means all types.
     */
    public Uni<List<RecordedEvent>> readFeed(SqlClient client, FeedPosition after, int limit, List<String> eventTypes) {
        return reader.readFeed(client, after, limit, eventTypes);
    }

    /**
     * Whether {@code subscription} has processed the event at {@code globalPosition}, compared in
     * feed order (transaction id, position), not by position alone. What {@code ?after=} waits for.
     */
    public Uni<Boolean> hasProcessed(String subscription, long globalPosition) {
        return pool.preparedQuery(PROCESSED).execute(io.vertx.mutiny.sqlclient.Tuple.of(subscription, globalPosition))
                .map(rows -> rows.iterator().next().getBoolean("processed"));
    }

    private static final String PROCESSED = "SELECT EXISTS (SELECT 1 FROM subscription_checkpoints c"
            + " JOIN event_store e ON e.global_position = $2"
            + " WHERE c.subscription = $1"
            + " AND (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position)) AS processed";

    public Pool pool() {
        return pool;
    }
}
