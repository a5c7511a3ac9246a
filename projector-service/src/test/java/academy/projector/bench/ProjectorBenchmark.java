package academy.projector.bench;

import static io.restassured.RestAssured.given;

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

/**
 * Measures, never asserts: append-to-visible lag at a steady rate, dashboard throughput, rebuild
 * speed. Run with {@code mvn -o -pl projector-service verify -Dtest=ProjectorBenchmark -Dbenchmark=true}.
 */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ProjectorBenchmark {

    private static final String CHECKPOINT = "SELECT global_position FROM subscription_checkpoints WHERE subscription = $1";

    @Inject
    EventStore store;
    @Inject
    Pool pool;
    @TestHTTPResource("/dashboard")
    URL dashboard;

    @Test
    void measure() throws Exception {
        int rate = Integer.getInteger("benchmark.rate", 1000);
        int seconds = Integer.getInteger("benchmark.seconds", 10);
        lag(rate, seconds);
        dashboardThroughput(Integer.getInteger("benchmark.requests", 20_000), 16);
        rebuild(Integer.getInteger("benchmark.rebuild.events", 200_000));
    }

    private void lag(int rate, int seconds) throws Exception {
        Map<Long, Long> appendedAt = new ConcurrentHashMap<>();
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
                    .subscribe().with(result -> appendedAt.put(result.lastPosition(), System.nanoTime()), f -> { });
        }
        Poll.until(Duration.ofSeconds(120), () -> lags.size() >= total * 0.99);
        watcher.interrupt();
        long[] sorted = lags.stream().mapToLong(Long::longValue).sorted().toArray();
        report("lag append->leaderboard committed, %d events at %d/s: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                sorted.length, rate, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 1.0));
    }

    private void watch(Map<Long, Long> appendedAt, List<Long> lags) {
        while (!Thread.currentThread().isInterrupted()) {
            Long position = pool.preparedQuery(CHECKPOINT).execute(io.vertx.mutiny.sqlclient.Tuple.of("projector-leaderboard"))
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

    private void rebuild(int events) {
        JsonObject data = EventFixtures.data("LessonCompleted");
        pool.preparedQuery("INSERT INTO event_store (stream_id, stream_version, event_id, event_type, data, metadata)"
                + " SELECT 'lesson-bench-' || g, 1, gen_random_uuid(), 'LessonCompleted',"
                + " jsonb_set(jsonb_set($1::jsonb, '{userId}', to_jsonb(2000 + g % 10000)), '{lessonId}',"
                + " to_jsonb(gen_random_uuid()::text)), '{\"schemaVersion\":1}' FROM generate_series(1, $2) g")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(data, events)).await().atMost(Duration.ofMinutes(10));
        String admin = TestTokens.admin(1);
        Poll.until(Duration.ofMinutes(10), () -> given().auth().oauth2(admin).get("/projections").jsonPath()
                .getDouble("find { it.name == 'leaderboard' }.lagSeconds") == 0.0);
        long start = System.nanoTime();
        given().auth().oauth2(admin).post("/projections/leaderboard/rebuild").then().statusCode(202);
        Poll.until(Duration.ofMinutes(30), () -> "swapped".equals(given().auth().oauth2(admin).get("/projections")
                .jsonPath().getString("find { it.name == 'leaderboard' }.rebuild.state")));
        double secondsTaken = (System.nanoTime() - start) / 1e9;
        long applied = given().auth().oauth2(admin).get("/projections").jsonPath()
                .getLong("find { it.name == 'leaderboard' }.rebuild.eventsApplied");
        report("rebuild of leaderboard: %d events in %.1f s: %.0f events/s", applied, secondsTaken, applied / secondsTaken);
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
