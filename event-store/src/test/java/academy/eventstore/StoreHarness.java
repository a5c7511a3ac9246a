package academy.eventstore;

import academy.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The event-store library wired by hand on a database of its own, as CDI wires it in a service. */
final class StoreHarness implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    final TestDatabase database;
    final Vertx vertx;
    final Pool pool;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final WakeUpNotifier notifier;
    final EventStore store;
    final StreamCommands commands;

    private StoreHarness(TestDatabase database, int poolSize) {
        this.database = database;
        this.vertx = TestDatabase.sharedVertx();
        this.pool = database.pool(poolSize);
        this.notifier = new WakeUpNotifier(vertx, pool, 1);
        this.store = new EventStore(pool, new EventStoreMetrics(registry), notifier);
        this.commands = new StreamCommands(store);
    }

    static StoreHarness migrated() {
        return migrated(8);
    }

    static StoreHarness migrated(int poolSize) {
        StoreHarness harness = new StoreHarness(TestDatabase.create(), poolSize);
        new SchemaMigrator(harness.pool).migrate(List.of(SchemaMigrator.EVENT_STORE)).await().atMost(TIMEOUT);
        return harness;
    }

    /** A feed as one service instance would run it, with its own dedicated connections. */
    EventFeed newFeed(String instanceName, EventStoreConfig config) {
        return newFeed(config, new DedicatedConnections(vertx, database.connectOptions(), instanceName));
    }

    /** A feed whose dedicated connections the test controls (to count them, for example). */
    EventFeed newFeed(EventStoreConfig config, DedicatedConnections connections) {
        LeaderLocks locks = new LeaderLocks(vertx, connections, config.leaderRetryMillis());
        return new EventFeed(vertx, pool, store, locks, connections, notifier, new DeadLetters(pool, store), config,
                registry);
    }

    static NewEvent event(String type, JsonObject data) {
        return new NewEvent(UUID.randomUUID(), type, data, new JsonObject().put("schemaVersion", 1));
    }

    AppendResult append(String stream, ExpectedVersion expected, NewEvent... events) {
        return store.append(stream, expected, List.of(events)).await().atMost(TIMEOUT);
    }

    long count(String sql) {
        return pool.query(sql).execute().await().atMost(TIMEOUT).iterator().next().getLong(0);
    }

    @Override
    public void close() {
        pool.close().await().atMost(TIMEOUT);
        database.drop();
    }
}
