package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Poison events (guarantee 6): parked after their attempts, listed for operators, and retried
 * (handled again by their subscription's handler) or skipped by an admin. Never silently lost.
 */
@ApplicationScoped
public class DeadLetters {

    private static final String COLUMNS = "id, subscription, event_id, global_position, stream_id, event_type,"
            + " attempts, last_error, status, parked_at, resolved_at";
    private static final String PARK = "INSERT INTO dead_letters (subscription, event_id, global_position,"
            + " transaction_id, stream_id, event_type, attempts, last_error)"
            + " VALUES ($1, $2, $3, $4::text::xid8, $5, $6, $7, $8)"
            + " ON CONFLICT (subscription, event_id) DO UPDATE SET attempts = EXCLUDED.attempts,"
            + " last_error = EXCLUDED.last_error, status = 'parked', parked_at = now(), resolved_at = NULL";
    private static final String LIST = "SELECT " + COLUMNS + " FROM dead_letters ORDER BY id";
    private static final String FIND = "SELECT " + COLUMNS + " FROM dead_letters WHERE id = $1";
    private static final String SET_ASIDE = "SELECT EXISTS (SELECT 1 FROM dead_letters"
            + " WHERE subscription = $1 AND event_id = $2) AS set_aside";
    private static final String RESOLVE = "UPDATE dead_letters SET status = $2, resolved_at = now()"
            + " WHERE id = $1 AND status = 'parked'";

    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock($1) AS locked";

    private final Pool pool;
    private final EventStore store;
    private final Map<String, EventHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, FeedSubscription> running = new ConcurrentHashMap<>();

    @Inject
    public DeadLetters(Pool pool, EventStore store) {
        this.pool = pool;
        this.store = store;
    }

    void register(String subscription, EventHandler handler) {
        handlers.put(subscription, handler);
    }

    void running(String subscription, FeedSubscription feedSubscription) {
        running.put(subscription, feedSubscription);
    }

    static Uni<Void> park(SqlClient client, String subscription, RecordedEvent event, int attempts, String error) {
        Tuple args = Tuple.tuple().addString(subscription).addUUID(event.eventId()).addLong(event.globalPosition())
                .addString(Long.toString(event.transactionId())).addString(event.streamId())
                .addString(event.eventType()).addInteger(attempts).addString(error);
        return client.preparedQuery(PARK).execute(args).replaceWithVoid();
    }

    public Uni<List<DeadLetter>> list() {
        return pool.query(LIST).execute().map(rows -> {
            List<DeadLetter> letters = new ArrayList<>();
            rows.forEach(row -> letters.add(from(row)));
            return letters;
        });
    }

    public Uni<DeadLetter> find(long id) {
        return pool.preparedQuery(FIND).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : from(rows.iterator().next()));
    }

    /**
     * True when {@code subscription} set this event aside as a dead letter, whatever became of it
     * since (parked, retried or skipped): a rebuild leaves it out as the live subscription did.
     */
    public Uni<Boolean> wasSetAside(String subscription, UUID eventId) {
        return pool.preparedQuery(SET_ASIDE).execute(Tuple.of(subscription, eventId))
                .map(rows -> rows.iterator().next().getBoolean("set_aside"));
    }

    /**
     * Handles the parked event again with its subscription's handler (on this instance) and marks
     * it retried in the same transaction, fenced by the subscription's leader lock: here when this
     * instance leads it (its checkpoint row held until commit), or under the lock itself when no
     * instance leads it. Fails with {@link LedElsewhereException} when another instance leads it,
     * and leaves the letter parked when the handler fails again.
     */
    public Uni<DeadLetter> retry(long id) {
        return find(id).chain(letter -> {
            if (letter == null || !"parked".equals(letter.status())) {
                return Uni.createFrom().item(letter);
            }
            EventHandler handler = handlers.get(letter.subscription());
            if (handler == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "subscription " + letter.subscription() + " does not run in this service"));
            }
            return store.findEvent(letter.eventId()).chain(event -> pool.withTransaction(tx ->
                            fence(tx, letter.subscription())
                                    .chain(() -> handler.handle(tx, List.of(event)))
                                    .chain(() -> tx.preparedQuery(RESOLVE).execute(Tuple.of(id, "retried"))))
                    .call(() -> handler.afterCommit(List.of(event))))
                    .chain(() -> find(id));
        });
    }

    private Uni<Void> fence(SqlConnection tx, String subscription) {
        FeedSubscription here = running.get(subscription);
        if (here != null && here.isActive()) {
            return here.fence(tx).onFailure(Checkpoints.LostLeadershipException.class)
                    .transform(lost -> new LedElsewhereException(subscription));
        }
        // A transaction-level lock on the same key: taken only while no instance leads, and no
        // instance can start leading until this transaction ends.
        return tx.preparedQuery(TRY_LOCK).execute(Tuple.of(LeaderLocks.lockKey(subscription))).invoke(rows -> {
            if (!rows.iterator().next().getBoolean("locked")) {
                throw new LedElsewhereException(subscription);
            }
        }).replaceWithVoid();
    }

    /** Another instance leads the subscription: the retry must run there (HTTP 409, try again). */
    public static class LedElsewhereException extends IllegalStateException {
        public LedElsewhereException(String subscription) {
            super("subscription " + subscription + " is led by another instance; retry the dead letter again");
        }
    }

    /** Marks the parked event skipped: an operator decided the subscription does without it. */
    public Uni<DeadLetter> skip(long id) {
        return pool.preparedQuery(RESOLVE).execute(Tuple.of(id, "skipped")).chain(() -> find(id));
    }

    private static DeadLetter from(Row row) {
        OffsetDateTime resolved = row.getOffsetDateTime("resolved_at");
        return new DeadLetter(row.getLong("id"), row.getString("subscription"), row.getUUID("event_id"),
                row.getLong("global_position"), row.getString("stream_id"), row.getString("event_type"),
                row.getInteger("attempts"), row.getString("last_error"), row.getString("status"),
                row.getOffsetDateTime("parked_at").toInstant(), resolved == null ? null : resolved.toInstant());
    }
}
