package academy.projector.bench;

import static io.restassured.RestAssured.given;

import academy.eventstore.EventFeed;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import academy.projector.projection.application.ProjectionCatalogue;

/**
 * Measures, never asserts: live catch-up of all projections over seeded learners, rebuild speed of
 * each projection over the same store, append-to-committed lag at a steady rate and (with
 * {@code -Dbenchmark.requests=N}) dashboard throughput. Run with
 * {@code mvn -o -pl projector-service verify -Dtest=ProjectorBenchmark -Dbenchmark=true
 * -Dbenchmark.learners=84000} (12 events per learner; 84,000 learners store 1M events).
 */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ProjectorBenchmark {

    private static final String CHECKPOINT = "SELECT min(global_position) AS global_position FROM subscription_checkpoints"
            + " WHERE subscription LIKE 'projector-%'";

    @Inject
    EventStore store;
    @Inject
    Pool pool;
    @Inject
    EventFeed feed;
    @Inject
    ProjectionCatalogue catalogue;
    @TestHTTPResource("/dashboard")
    URL dashboard;

    @Test
    void measure() throws Exception {
        int rate = Integer.getInteger("benchmark.rate", 1000);
        int seconds = Integer.getInteger("benchmark.seconds", 10);
        catchUp(Integer.getInteger("benchmark.learners", 10_000), Boolean.parseBoolean(System.getProperty("benchmark.catchup", "true")));
        for (String name : System.getProperty("benchmark.rebuild", String.join(",", catalogue.names())).split(",")) {
            if (!name.isBlank()) {
                rebuild(name.trim());
            }
        }
        lag(rate, seconds);
        int requests = Integer.getInteger("benchmark.requests", 0);
        if (requests > 0) {
            dashboardThroughput(requests, 16);
        }
    }

    /**
     * Live catch-up of all projections together: their subscriptions are stopped, the learners'
     * pasts are written, the subscriptions start again, and the clock runs until every one of
     * them has passed the last written event. With {@code -Dbenchmark.catchup=false} the
     * subscriptions stay stopped and only the rebuilds run over what was written.
     */
    private void catchUp(int learners, boolean measure) {
        List<String> names = catalogue.names();
        for (String name : names) {
            feed.unsubscribe(ProjectionCatalogue.subscription(name)).await().atMost(Duration.ofSeconds(30));
        }
        long seedStart = System.nanoTime();
        long events = BenchSeed.write(pool, 5_000_000L, learners);
        report("seeded %d events (%d learners) in %.1f s", events, learners, (System.nanoTime() - seedStart) / 1e9);
        io.vertx.mutiny.sqlclient.Row head = pool.query("SELECT transaction_id::text AS tx, global_position FROM event_store"
                + " ORDER BY transaction_id DESC, global_position DESC LIMIT 1").execute()
                .await().atMost(Duration.ofSeconds(30)).iterator().next();
        io.vertx.mutiny.sqlclient.Tuple at = io.vertx.mutiny.sqlclient.Tuple.of(head.getString("tx"), head.getLong("global_position"));
        long storeEvents = pool.query("SELECT count(*) FROM event_store").execute().await().atMost(Duration.ofMinutes(1))
                .iterator().next().getLong(0);
        if (!measure) {
            // Rebuilds only: each one subscribes its projection again when it swaps; the others stay stopped.
            report("store holds %d events; live catch-up not measured", storeEvents);
            return;
        }
        Map<String, Double> caughtUp = new java.util.TreeMap<>();
        long start = System.nanoTime();
        catalogue.live().forEach(handler -> feed.subscribe(ProjectionCatalogue.subscription(handler.name()), handler));
        Poll.until(Duration.ofMinutes(30), () -> {
            for (io.vertx.mutiny.sqlclient.Row row : pool.preparedQuery("SELECT subscription FROM subscription_checkpoints"
                    + " WHERE subscription LIKE 'projector-%' AND (transaction_id, global_position) >= ($1::text::xid8, $2)")
                    .execute(at).await().atMost(Duration.ofSeconds(10))) {
                caughtUp.putIfAbsent(row.getString("subscription"), (System.nanoTime() - start) / 1e9);
            }
            return caughtUp.size() == names.size();
        });
        double all = caughtUp.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        report("live catch-up of all %d projections over %d stored events: %.1f s, %.0f events/s (each: %s)",
                names.size(), storeEvents, all, storeEvents / all, caughtUp);
    }

    private void lag(int rate, int seconds) throws Exception {
        Map<Long, Long> appendedAt = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        List<Long> lags = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread watcher = new Thread(() -> watch(appendedAt, lags));
        watcher.setDaemon(true);
        watcher.start();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long userId = 1_000 + (i % 500);
            UUID lesson = UUID.randomUUID();
            NewEvent event = event("LessonCompleted", "userId", userId, "lessonId", lesson.toString(), "xpEarned", 10,
                    "completedAt", Instant.now().toString());
            store.append("lesson-" + userId + "-" + lesson, ExpectedVersion.any(), List.of(event))
                    .subscribe().with(result -> appendedAt.put(result.lastPosition(), System.nanoTime()),
                            failure -> refused.incrementAndGet());
        }
        // Appends refused by the bounded pool (more than it lets wait) have no lag to measure: say how many.
        Poll.until(Duration.ofSeconds(120), () -> lags.size() >= (total - refused.get()) * 0.99);
        if (refused.get() > 0) {
            report("lag: %d of %d appends were refused (the pool's bounded wait queue); lag measured on the rest",
                    refused.get(), total);
        }
        watcher.interrupt();
        long[] sorted = lags.stream().mapToLong(Long::longValue).sorted().toArray();
        report("lag append->every projection committed, %d events at %d/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                sorted.length, rate, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 1.0));
    }

    private void watch(Map<Long, Long> appendedAt, List<Long> lags) {
        while (!Thread.currentThread().isInterrupted()) {
            Long position = pool.query(CHECKPOINT).execute()
                    .map(rows -> rows.iterator().next().getLong("global_position")).await().atMost(Duration.ofSeconds(5));
            long now = System.nanoTime();
            for (Long appended : List.copyOf(appendedAt.keySet())) {
                if (position == Long.MAX_VALUE || appended <= position) {
                    Long at = appendedAt.remove(appended);
                    if (at != null) {
                        lags.add(now - at);
                    }
                }
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    private void dashboardThroughput(int requests, int threads) throws Exception {
        String token = TestTokens.learner(1_000);
        given().auth().oauth2(token).get("/dashboard").then().statusCode(200);
        HttpClient client = HttpClient.newBuilder().build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(dashboard.toString()))
                .header("Authorization", "Bearer " + token).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] latencies = new long[requests];
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            work.add(pool.submit(() -> {
                for (int i = first; i < requests; i += threads) {
                    long sent = System.nanoTime();
                    client.send(request, HttpResponse.BodyHandlers.discarding());
                    latencies[i] = System.nanoTime() - sent;
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        double secondsTaken = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        report("dashboard: %d requests, %d clients: %.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms",
                requests, threads, requests / secondsTaken, ms(latencies, 0.5), ms(latencies, 0.95), ms(latencies, 0.99));
    }

    private void rebuild(String name) {
        String admin = TestTokens.admin(1);
        String path = "find { it.name == '" + name + "' }.rebuild";
        given().auth().oauth2(admin).post("/projections/" + name + "/rebuild").then().statusCode(202);
        Poll.until(Duration.ofMinutes(30), () -> "swapped".equals(given().auth().oauth2(admin).get("/projections")
                .jsonPath().getString(path + ".state")));
        var status = given().auth().oauth2(admin).get("/projections").jsonPath();
        long applied = status.getLong(path + ".eventsApplied");
        double secondsTaken = Duration.between(Instant.parse(status.getString(path + ".startedAt")),
                Instant.parse(status.getString(path + ".finishedAt"))).toMillis() / 1000.0;
        report("rebuild of %s: %d events in %.1f s: %.0f events/s", name, applied, secondsTaken, applied / secondsTaken);
    }

    private static NewEvent event(String type, Object... overrides) {
        JsonObject data = EventFixtures.data(type).copy();
        for (int i = 0; i < overrides.length; i += 2) {
            data.put((String) overrides[i], overrides[i + 1]);
        }
        return new NewEvent(UUID.randomUUID(), type, data, EventFixtures.metadata(type).copy());
    }

    private static double ms(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(format, args));
    }
}
