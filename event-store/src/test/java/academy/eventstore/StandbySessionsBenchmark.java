package academy.eventstore;

import academy.testing.TestDatabase;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PostgreSQL sessions opened per minute while one subscription is led by one feed and a second
 * feed stands by for it, at a steady append rate (not a test: counts, not timings, so it holds
 * on a busy machine). Reads pg_stat_database.sessions of the run's own database before and after.
 * Prints {@code standby_sessions_per_minute rate=<appends/s> ...} per rate.
 * Run: java -cp <test classpath> academy.eventstore.StandbySessionsBenchmark [seconds] [rates...]
 */
public final class StandbySessionsBenchmark {

    private static final String SESSIONS = "SELECT sessions FROM pg_stat_database WHERE datname = current_database()";

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        for (int i = 1; i < Math.max(args.length, 2); i++) {
            int rate = args.length > i ? Integer.parseInt(args[i]) : 75;
            measure(rate, seconds, true);
        }
        measure(75, seconds, false);
        TestDatabase.sharedVertx().close().await().indefinitely();
    }

    static void measure(int rate, int seconds, boolean withStandby) throws Exception {
        try (StoreHarness harness = StoreHarness.migrated(8)) {
            EventStoreConfig config = new TestConfig(100, 500, 5, 2_000);
            EventHandler nothing = new EventHandler() {
                @Override
                public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
                    return Uni.createFrom().voidItem();
                }
            };
            EventFeed leader = harness.newFeed("leader", config);
            FeedSubscription leading = leader.subscribe("measured", nothing);
            awaitTrue(leading::isActive);
            EventFeed standby = withStandby ? harness.newFeed("standby", config) : null;
            if (standby != null) {
                standby.subscribe("measured", nothing);
            }
            // Warm up: the pool opens its connections, the standby makes its first bid.
            AtomicLong appended = new AtomicLong();
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
            clock.scheduleAtFixedRate(() -> harness.store.append("s-" + appended.incrementAndGet(), ExpectedVersion.noStream(),
                            List.of(StoreHarness.event("Measured", new JsonObject())))
                    .subscribe().with(ignored -> { }, failure -> { }), 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            Thread.sleep(3_000);
            long before = sessions(harness);
            long appendsBefore = appended.get();
            Thread.sleep(seconds * 1_000L);
            long appendsAfter = appended.get();
            clock.shutdownNow();
            Thread.sleep(1_500); // statistics are flushed about once a second
            long after = sessions(harness);
            double minutes = seconds / 60.0;
            System.out.printf("standby_sessions_per_minute standby=%s rate=%d appends/s achieved=%.0f appends/s"
                            + " sessions=%d in %d s => %.0f sessions/min, %.3f sessions per append%n",
                    withStandby, rate, (appendsAfter - appendsBefore) / (double) seconds, after - before, seconds,
                    (after - before) / minutes, (after - before) / (double) Math.max(1, appendsAfter - appendsBefore));
            if (standby != null) {
                standby.stop().await().indefinitely();
            }
            leader.stop().await().indefinitely();
        }
    }

    private static long sessions(StoreHarness harness) {
        return harness.count(SESSIONS); // each pooled query is its own transaction: fresh statistics
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("not active in time");
            }
            Thread.sleep(20);
        }
    }
}
