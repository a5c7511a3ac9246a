package academy.course.faults;

import academy.testing.TestTokens;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client as the Mini App behaves: it sends "create course" commands at a steady rate, each with
 * its own Idempotency-Key, and retries a failed one (error status, refused connection, timeout)
 * with the same key until it is acknowledged.
 */
final class RetryingCommandClient implements AutoCloseable {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final long RETRY_AFTER_MILLIS = 100;

    private final URI commands;
    private final String token = TestTokens.admin(1001L);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final AtomicInteger failuresShowingInternals = new AtomicInteger();
    private volatile boolean sending;

    RetryingCommandClient(URI base) {
        this.commands = base.resolve("/courses");
    }

    void start(int perSecond) {
        sending = true;
        scheduler.scheduleAtFixedRate(() -> {
            if (sending) {
                String key = "fault-run-" + sequence.incrementAndGet();
                sent.add(key);
                send(key, false);
            }
        }, 0, 1000 / perSecond, TimeUnit.MILLISECONDS);
    }

    void stopSending() {
        sending = false;
    }

    private void send(String key, boolean retry) {
        if (retry) {
            retried.incrementAndGet();
        }
        HttpRequest request = HttpRequest.newBuilder(commands).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("title", "Course " + key)
                        .put("description", "sent during the fault run").encode()))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            String outcome = failure != null ? failure.getClass().getSimpleName() : Integer.toString(response.statusCode());
            outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
            if (failure == null && response.statusCode() == 201) {
                acknowledged.put(key, new JsonObject(response.body()).getString("courseId"));
                return;
            }
            failedAttempts.incrementAndGet();
            if (response != null && (response.body().contains("stack") || response.body().contains("Exception"))) {
                failuresShowingInternals.incrementAndGet();
            }
            if (!scheduler.isShutdown()) {
                scheduler.schedule(() -> send(key, true), RETRY_AFTER_MILLIS, TimeUnit.MILLISECONDS);
            }
        });
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    boolean everySentAcknowledged() {
        return !sending && acknowledged.keySet().containsAll(sent);
    }

    Set<String> sent() {
        return Set.copyOf(sent);
    }

    /** Idempotency-Key -> the courseId of the acknowledging answer. */
    Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    int failedAttempts() {
        return failedAttempts.get();
    }

    /** Failed answers whose body named exceptions or carried a stack trace. */
    int failuresShowingInternals() {
        return failuresShowingInternals.get();
    }

    int retried() {
        return retried.get();
    }

    Map<String, Integer> outcomes() {
        Map<String, Integer> copy = new TreeMap<>();
        outcomes.forEach((outcome, count) -> copy.put(outcome, count.get()));
        return copy;
    }

    /** -1 when nothing answered. */
    int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(commands.resolve(path)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
