package academy.eventstore;

import academy.testing.TestDatabase;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Throughput and latency of the event store on this machine (not a test: run
 * bench/event-store.sh, which also measures the raw INSERT limit in the same run).
 * Prints one line per figure as {@code name=value unit}.
 */
public final class EventStoreBenchmark {

    private static final int WRITERS = 16;
    private static final long SECONDS = Long.getLong("bench.seconds", 10);
    private static final JsonObject PAYLOAD = new JsonObject()
            .put("userId", 1).put("lessonId", "lesson_1").put("score", 0.85).put("timeSpentSeconds", 180);

    public static void main(String[] args) throws Exception {
        try (StoreHarness harness = StoreHarness.migrated(WRITERS)) {
            appendThroughput(harness, 1);
            appendThroughput(harness, 10);
            feedLatency(harness, 1_000);
            catchUp(harness, Integer.getInteger("bench.catchup.events", 1_000_000));
        }
        TestDatabase.sharedVertx().close().await().indefinitely();
    }

    /** {@code WRITERS} closed-loop writers, each appending to its own stream with an exact expected version. */
    static void appendThroughput(StoreHarness harness, int eventsPerAppend) throws InterruptedException {
        AtomicLong appends = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        CountDownLatch done = new CountDownLatch(WRITERS);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long started = System.nanoTime();
        for (int w = 0; w < WRITERS; w++) {
            write(harness, "bench-" + run + "-" + eventsPerAppend + "-" + w, 0, eventsPerAppend, deadline, appends, done);
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        String prefix = eventsPerAppend == 1 ? "append_single" : "append_batch" + eventsPerAppend;
        System.out.printf("%s_appends_per_second=%.0f appends/s%n", prefix, appends.get() / seconds);
        System.out.printf("%s_events_per_second=%.0f events/s%n", prefix, appends.get() * eventsPerAppend / seconds);
    }

    private static void write(StoreHarness harness, String stream, int version, int size, long deadline,
                              AtomicLong appends, CountDownLatch done) {
        if (System.nanoTime() >= deadline) {
            done.countDown();
            return;
        }
        List<NewEvent> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            events.add(new NewEvent(UUID.randomUUID(), "LessonCompleted", PAYLOAD, null));
        }
        harness.store.append(stream, ExpectedVersion.exactly(version), events).subscribe().with(result -> {
            appends.incrementAndGet();
            write(harness, stream, result.streamVersion(), size, deadline, appends, done);
        }, failure -> {
            System.err.println("append failed: " + failure);
            done.countDown();
        });
    }

    /** Open loop at {@code rate} appends/s; latency from the intended send time to the handler. */
    static void feedLatency(StoreHarness harness, int rate) throws InterruptedException {
        Map<UUID, Long> intended = new ConcurrentHashMap<>();
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        int total = (int) (rate * SECONDS);
        CountDownLatch delivered = new CountDownLatch(total);
        EventFeed feed = harness.newFeed("bench", TestConfig.defaults().withBatchSize(500).withPollInterval(500));
        FeedSubscription subscription = feed.subscribe("latency-bench", new EventHandler() {
            @Override
            public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
                return Uni.createFrom().voidItem();
            }

            @Override
            public Uni<Void> afterCommit(List<RecordedEvent> batch) {
                long now = System.nanoTime();
                for (RecordedEvent event : batch) {
                    Long sent = intended.remove(event.eventId());
                    if (sent != null) {
                        latency.recordValue(Math.max(0, (now - sent) / 1_000));
                        delivered.countDown();
                    }
                }
                return Uni.createFrom().voidItem();
            }

            @Override
            public List<String> eventTypes() {
                return List.of("LatencyProbe");
            }
        });
        while (!subscription.isActive()) {
            Thread.sleep(10);
        }
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            UUID id = UUID.randomUUID();
            intended.put(id, due);
            harness.store.append("probe-" + id, ExpectedVersion.noStream(),
                    List.of(new NewEvent(id, "LatencyProbe", PAYLOAD, null))).subscribe().with(r -> { }, f -> { });
        }
        delivered.await(60, TimeUnit.SECONDS);
        feed.stop().await().indefinitely();
        System.out.printf("feed_latency_p50=%.2f ms%n", latency.getValueAtPercentile(50) / 1000.0);
        System.out.printf("feed_latency_p99=%.2f ms%n", latency.getValueAtPercentile(99) / 1000.0);
        System.out.printf("feed_latency_max=%.2f ms%n", latency.getMaxValue() / 1000.0);
        System.out.printf("feed_latency_rate=%d events/s%n", rate);
    }

    /** A store of {@code events} events read from the start by a subscription that does nothing else. */
    static void catchUp(StoreHarness harness, int events) throws InterruptedException {
        harness.pool.query("INSERT INTO event_store (stream_id, stream_version, event_id, event_type, data)"
                + " SELECT 'history-' || g, 1, gen_random_uuid(), 'LessonCompleted',"
                + " '{\"userId\":1,\"lessonId\":\"lesson_1\",\"score\":0.85,\"timeSpentSeconds\":180}'"
                + " FROM generate_series(1, " + events + ") g").execute().await().indefinitely();
        harness.pool.query("VACUUM ANALYZE event_store").execute().await().indefinitely();
        long head = harness.store.headPosition().await().indefinitely();
        long stored = harness.count("SELECT count(*) FROM event_store");
        CountDownLatch caughtUp = new CountDownLatch(1);
        EventFeed feed = harness.newFeed("catchup", TestConfig.defaults().withBatchSize(Integer.getInteger("bench.batch", 2000)));
        long started = System.nanoTime();
        feed.subscribe("catch-up-bench", new EventHandler() {
            @Override
            public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
                if (batch.get(batch.size() - 1).globalPosition() >= head) {
                    caughtUp.countDown();
                }
                return Uni.createFrom().voidItem();
            }
        });
        caughtUp.await(600, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        feed.stop().await().indefinitely();
        System.out.printf("catchup_events=%d events%n", stored);
        System.out.printf("catchup_events_per_second=%.0f events/s%n", stored / seconds);
    }
}
