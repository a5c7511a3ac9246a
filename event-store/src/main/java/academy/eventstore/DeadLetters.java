package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final String RESOLVE = "UPDATE dead_letters SET status = $2, resolved_at = now()"
            + " WHERE id = $1 AND status = 'parked'";

    private final Pool pool;
    private final EventStore store;
    private final Map<String, EventHandler> handlers = new ConcurrentHashMap<>();

    @Inject
    public DeadLetters(Pool pool, EventStore store) {
        this.pool = pool;
        this.store = store;
    }

    void register(String subscription, EventHandler handler) {
        handlers.put(subscription, handler);
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
     * Handles the parked event again with its subscription's handler (on this instance) and marks
     * it retried in the same transaction. Fails, and leaves it parked, when the handler fails again.
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
                            handler.handle(tx, List.of(event))
                                    .chain(() -> tx.preparedQuery(RESOLVE).execute(Tuple.of(id, "retried"))))
                    .call(() -> handler.afterCommit(List.of(event))))
                    .chain(() -> find(id));
        });
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
