package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A read model for feed tests: table {@code seen} counts deliveries per event id and remembers
 * the order, in the subscription's transaction. It can be told to fail on some events.
 */
class RecordingHandler implements EventHandler {

    static final String SCHEMA = "CREATE TABLE IF NOT EXISTS seen (event_id uuid PRIMARY KEY, position bigint NOT NULL,"
            + " deliveries int NOT NULL, handled_by text NOT NULL, seq bigserial)";

    private final String instance;
    private final Predicate<RecordedEvent> failOn;

    RecordingHandler(String instance, Predicate<RecordedEvent> failOn) {
        this.instance = instance;
        this.failOn = failOn;
    }

    RecordingHandler(String instance) {
        this(instance, event -> false);
    }

    @Override
    public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (RecordedEvent event : batch) {
            chain = chain.chain(() -> {
                if (failOn.test(event)) {
                    return Uni.createFrom().failure(failure(event));
                }
                return transaction.preparedQuery("INSERT INTO seen (event_id, position, deliveries, handled_by)"
                                + " VALUES ($1, $2, 1, $3) ON CONFLICT (event_id) DO UPDATE SET deliveries = seen.deliveries + 1")
                        .execute(Tuple.of(event.eventId(), event.globalPosition(), instance)).replaceWithVoid();
            });
        }
        return chain;
    }

    /** What handling {@code event} fails with when the predicate says so. */
    RuntimeException failure(RecordedEvent event) {
        return new IllegalStateException("cannot handle " + event.eventType());
    }

    static List<UUID> seenInOrder(StoreHarness harness) {
        return harness.pool.query("SELECT event_id FROM seen ORDER BY seq").execute().await().atMost(StoreHarness.TIMEOUT)
                .stream().map(row -> row.getUUID("event_id")).toList();
    }
}
