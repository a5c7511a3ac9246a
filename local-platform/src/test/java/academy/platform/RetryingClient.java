package academy.platform;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client as the Mini App behaves: every command carries its own Idempotency-Key, and a
 * failed one (any non-2xx status, a refused or reset connection, a timeout) is sent again with
 * the same key and body, after a short back-off, until it is acknowledged.
 */
final class RetryingClient implements AutoCloseable {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final long RETRY_AFTER_MILLIS = 100;
    private static final long MAX_RETRY_AFTER_MILLIS = 1000;

    /** One command: who sends it, where, with which body and key. */
    record Command(String key, long userId, String path, JsonObject body) {
    }

    /** The acknowledging answer of a command, and when its first attempt failed (null: it never did). */
    record Ack(Command command, int status, JsonObject answer, boolean replayed, int attempts, Instant firstFailureAt) {
    }

    private final String baseUrl;
    private final Map<Long, String> tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService retries = Executors.newScheduledThreadPool(2);
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final AtomicInteger unclearFailures = new AtomicInteger();
    private final Map<String, String> unclearSamples = new ConcurrentHashMap<>();

    RetryingClient(String baseUrl, Map<Long, String> tokens) {
        this.baseUrl = baseUrl;
        this.tokens = Map.copyOf(tokens);
    }

    /** Sends the command until it is acknowledged; the future completes with the acknowledging answer. */
    CompletableFuture<Ack> send(Command command) {
        if (!sent.add(command.key())) {
            throw new IllegalArgumentException("key sent twice as two commands: " + command.key());
        }
        CompletableFuture<Ack> done = new CompletableFuture<>();
        attempt(command, 1, null, done);
        return done;
    }

    private void attempt(Command command, int attempt, Instant firstFailureAt, CompletableFuture<Ack> done) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + command.path())).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + tokens.get(command.userId()))
                .header("Idempotency-Key", command.key());
        if (command.body() == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(command.body().encode()));
        }
        inFlight.incrementAndGet();
        http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            inFlight.decrementAndGet();
            String outcome = failure != null ? rootCause(failure).getClass().getSimpleName() : Integer.toString(response.statusCode());
            outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
            if (failure == null && response.statusCode() >= 200 && response.statusCode() < 300) {
                Ack ack = new Ack(command, response.statusCode(), new JsonObject(response.body()),
                        response.headers().firstValue("Idempotent-Replayed").isPresent(), attempt, firstFailureAt);
                acknowledged.put(command.key(), ack);
                done.complete(ack);
                return;
            }
            failedAttempts.incrementAndGet();
            if (response != null && !isClear(response)) {
                unclearFailures.incrementAndGet();
                unclearSamples.putIfAbsent(response.statusCode() + " " + command.path().replaceAll("/[0-9a-f-]{36}", "/{id}"),
                        response.body().length() > 600 ? response.body().substring(0, 600) + "..." : response.body());
            }
            Instant failedAt = firstFailureAt != null ? firstFailureAt : Instant.now();
            if (!retries.isShutdown()) {
                retries.schedule(() -> attempt(command, attempt + 1, failedAt, done), backOff(attempt), TimeUnit.MILLISECONDS);
            }
        });
    }

    private static boolean isClear(HttpResponse<String> response) {
        String body = response.body();
        return response.statusCode() != 500
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && !body.contains("\"stack\"") && !body.contains("Exception") && !body.contains("Throwable");
    }

    /** 100 ms, doubling up to a second: a service that is down is asked about once a second per command. */
    private static long backOff(int failedAttempts) {
        return Math.min(MAX_RETRY_AFTER_MILLIS, RETRY_AFTER_MILLIS << Math.min(failedAttempts - 1, 10));
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    Map<Long, String> tokens() {
        return tokens;
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    int inFlight() {
        return inFlight.get();
    }

    boolean everySentAcknowledged() {
        return acknowledged.keySet().containsAll(sent);
    }

    Set<String> sent() {
        return Set.copyOf(sent);
    }

    Map<String, Ack> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    int failedAttempts() {
        return failedAttempts.get();
    }

    /**
     * Failed answers that are not a clear error: a 500 (a defect, where an outage should be 503),
     * a body that is not application/problem+json, or one naming exceptions or carrying a stack.
     */
    int unclearFailures() {
        return unclearFailures.get();
    }

    /** The first unclear failed answer per status and route. */
    Map<String, String> unclearSamples() {
        return new TreeMap<>(unclearSamples);
    }

    /** Commands that needed more than one attempt. */
    long retried() {
        return acknowledged.values().stream().filter(ack -> ack.attempts() > 1).count();
    }

    Map<String, Integer> outcomes() {
        Map<String, Integer> copy = new TreeMap<>();
        outcomes.forEach((outcome, count) -> copy.put(outcome, count.get()));
        return copy;
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
