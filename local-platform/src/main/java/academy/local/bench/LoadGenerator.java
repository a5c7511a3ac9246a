package academy.local.bench;

import academy.platform.DevKeys;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The load generator of {@code ./academy bench}, in a JVM of its own so its CPU is not the
 * services'. Open loop for fixed rates (request i is due at start + i/rate; its latency counts
 * from that due time, HdrHistogram, so a stall shows instead of lowering the offered load),
 * closed loop for saturation. Prints {@code name=value unit} lines, and {@code #begin <phase>} /
 * {@code #end <phase>} markers the coordinator samples CPU and memory at.
 */
public final class LoadGenerator {

    /** How long a phase waits for its last answers before counting the rest as unanswered. */
    private static final long DRAIN_SECONDS = Long.getLong("bench.drain-seconds", 15);

    private final Vertx vertx;
    private volatile HttpClient learning;
    private volatile HttpClient projector;
    private final List<String> tokens;
    private final List<String> lessonPaths;
    private final PrivateKey key;

    private LoadGenerator(Vertx vertx, List<String> tokens, List<String> lessonPaths, PrivateKey key) {
        this.vertx = vertx;
        this.tokens = tokens;
        this.lessonPaths = lessonPaths;
        this.key = key;
        clients();
    }

    private void clients() {
        int connections = Integer.getInteger("bench.connections", 128);
        learning = client(vertx, System.getProperty("bench.learning"), connections);
        projector = client(vertx, System.getProperty("bench.projector"), connections);
    }

    /**
     * After a phase the services could not keep up with: drop the connections (and the client's
     * queue of unsent requests), so the backlog does not spill into the next phase.
     */
    private void resetClients() {
        HttpClient oldLearning = learning;
        HttpClient oldProjector = projector;
        clients();
        try {
            oldLearning.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            oldProjector.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
    }

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            PrivateKey key = readKey(Path.of(System.getProperty("bench.key")));
            long first = Long.getLong("bench.first-learner");
            int count = Integer.getInteger("bench.token-learners", 1000);
            String[] lessons = System.getProperty("bench.lessons").split(",");
            List<String> tokens = new ArrayList<>();
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tokens.add(sign(key, first + i));
                paths.add("/lessons/progress/" + lessons[Seeder.courseOf(i)]);
            }
            new LoadGenerator(vertx, tokens, paths, key).run();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        String scenario = System.getProperty("bench.scenario", "all");
        if (scenario.equals("yardstick")) {
            yardstick();
            return;
        }
        if (!scenario.equals("crowd")) {
            phases();
        }
        if (scenario.equals("crowd") || Boolean.parseBoolean(System.getProperty("bench.crowd", "true"))) {
            crowd();
        }
        double outageRate = Double.parseDouble(System.getProperty("bench.outage-rate", "1000"));
        if (!scenario.equals("crowd") && outageRate > 0) {
            marker("#begin outage");
            new RedisOutage(this).run(outageRate, Long.getLong("bench.phase-seconds", 10));
            marker("#end outage");
        }
    }

    /**
     * The yardstick (bench.learning points at it): the post's warm-up, open-loop rates and
     * closed-loop saturation, nothing else; the coordinator prefixes every figure.
     */
    private void yardstick() throws Exception {
        long seconds = Long.getLong("bench.phase-seconds", 10);
        marker("#begin warmup");
        openLoop(300, Long.getLong("bench.warmup-seconds", 5), this::post);
        marker("#end warmup");
        rates(seconds);
        saturation(seconds);
    }

    /** The "10,000 learners at once" scenario (Crowd), with tokens of its own learners. */
    private void crowd() throws Exception {
        int wanted = Integer.getInteger("bench.crowd-learners", 10_000);
        int learners = Crowd.affordable(Math.min(wanted, Integer.getInteger("bench.learners", 10_000)));
        if (learners < wanted) {
            System.out.printf("crowd_learners_capped=%d learners%n", wanted - learners);
        }
        long first = Long.getLong("bench.first-learner");
        String[] lessons = System.getProperty("bench.lessons").split(",");
        List<String> crowdTokens = new ArrayList<>(learners);
        for (int i = 0; i < learners; i++) {
            crowdTokens.add(sign(key, first + i));
        }
        Crowd crowd = new Crowd(vertx, crowdTokens, URI.create(System.getProperty("bench.projector")), learner -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Buffer body = Buffer.buffer("{\"score\":" + (50 + random.nextInt(51)) / 100.0 + ",\"timeSpent\":" + (10 + random.nextInt(600)) + "}");
            return send(learning, HttpMethod.POST, "/lessons/progress/" + lessons[Seeder.courseOf(learner)],
                    crowdTokens.get((int) learner), body);
        });
        crowd.run(Long.getLong("bench.crowd-seconds", 60), Long.getLong("bench.crowd-read-every", 10),
                Long.getLong("bench.crowd-post-every", 60));
    }

    private void phases() throws Exception {
        long seconds = Long.getLong("bench.phase-seconds", 10);
        long warmup = Long.getLong("bench.warmup-seconds", 5);
        double queryRate = Double.parseDouble(System.getProperty("bench.query-rate", "1000"));
        double lagRate = Double.parseDouble(System.getProperty("bench.lag-rate", "1000"));

        marker("#begin warmup");
        openLoop(300, warmup, i -> post(i));
        openLoop(200, Math.max(1, warmup / 2), i -> get("/dashboard", i));
        openLoop(200, Math.max(1, warmup / 2), i -> get("/progress/summary", i));
        openLoop(200, Math.max(1, warmup / 2), i -> get("/leaderboard?period=week&limit=10", i));
        marker("#end warmup");

        rates(seconds);

        marker("#begin lag");
        lag(lagRate, seconds, "lag");
        marker("#end lag");

        String[][] queries = {{"query_dashboard", "/dashboard"}, {"query_progress_summary", "/progress/summary"},
                {"query_leaderboard", "/leaderboard?period=week&limit=10"}};
        for (String[] query : queries) {
            marker("#begin " + query[0]);
            openLoop(queryRate, seconds, i -> get(query[1], i)).print(query[0], "req/s");
            marker("#end " + query[0]);
        }

        Result saturation = saturation(seconds);

        // The fixed rates above may exceed what this machine holds; measure latency and lag again at
        // a rate it does hold: a fraction (0.5) of the saturation throughput just measured.
        double fraction = Double.parseDouble(System.getProperty("bench.sustainable-fraction", "0.5"));
        double sustainable = Math.max(10, Math.floor(saturation.throughput() * fraction));
        System.out.printf("sustainable_rate=%.0f posts/s%n", sustainable);
        marker("#begin command_open_sustainable");
        openLoop(sustainable, seconds, this::post).print("command_open_sustainable", "posts/s");
        marker("#end command_open_sustainable");
        marker("#begin lag_sustainable");
        lag(sustainable, seconds, "lag_sustainable");
        marker("#end lag_sustainable");
    }

    private void rates(long seconds) throws InterruptedException {
        for (String rate : System.getProperty("bench.rates", "500,1000,2000").split(",")) {
            String phase = "command_open_" + rate.trim();
            marker("#begin " + phase);
            openLoop(Double.parseDouble(rate), seconds, this::post).print(phase, "posts/s");
            marker("#end " + phase);
        }
    }

    /**
     * Closed loop. Its markers wait for the coordinator, which reads PostgreSQL's statistics
     * before and after (transactions and rows written per post) once they have settled.
     */
    private Result saturation(long seconds) throws InterruptedException {
        coordinate("#begin saturation");
        Result saturation = closedLoop(Integer.getInteger("bench.in-flight", 64), seconds);
        saturation.print("command_saturation", "posts/s");
        System.out.printf("command_saturation_answered=%d posts%n", saturation.statuses.getOrDefault(200, 0L));
        coordinate("#end saturation");
        return saturation;
    }

    static void marker(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /**
     * A marker the coordinator acts on before this generator goes on (bench.handshake=true): it
     * answers a line on stdin once done. Without an answer within a minute the generator goes on.
     */
    void coordinate(String line) {
        marker(line);
        if (!Boolean.getBoolean("bench.handshake")) {
            return;
        }
        try {
            if (COORDINATOR.poll(60, TimeUnit.SECONDS) == null) {
                System.err.println("generator: no answer from the coordinator to " + line + " within 60 s; going on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lines from the coordinator (stdin), read by a daemon thread. */
    private static final BlockingQueue<String> COORDINATOR = coordinatorLines();

    private static BlockingQueue<String> coordinatorLines() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the coordinator is gone: the waits time out
            }
        }, "coordinator-lines");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    // ---- requests

    private Future<Answer> post(long i) {
        int learner = (int) Math.floorMod(i * 7919L, tokens.size());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Buffer body = Buffer.buffer("{\"score\":" + (50 + random.nextInt(51)) / 100.0 + ",\"timeSpent\":" + (10 + random.nextInt(600)) + "}");
        return send(learning, HttpMethod.POST, lessonPaths.get(learner), tokens.get(learner), body);
    }

    Future<Answer> leaderboard(long i) {
        return get("/leaderboard?period=week&limit=10", i);
    }

    private Future<Answer> get(String path, long i) {
        return send(projector, HttpMethod.GET, path, tokens.get((int) Math.floorMod(i * 104729L, tokens.size())), null);
    }

    private static Future<Answer> send(HttpClient client, HttpMethod method, String path, String token, Buffer body) {
        RequestOptions options = new RequestOptions().setMethod(method).setURI(path).setIdleTimeout(30_000)
                .putHeader("Authorization", "Bearer " + token);
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        return client.request(options)
                .compose(request -> body == null ? request.send() : request.send(body))
                .compose(response -> response.body().map(buffer -> new Answer(response.statusCode(), buffer)));
    }

    record Answer(int status, Buffer body) {
    }

    // ---- phases

    /** Fixed schedule; latency from each request's due time. */
    Result openLoop(double rate, long seconds, IntFunction<Future<Answer>> request) throws InterruptedException {
        return openLoop(rate, seconds, request, null);
    }

    /** Sees each answer (null: failed on the wire) with its due time and the time it came, both System.nanoTime. */
    interface Observer {
        void answered(long due, long now, Answer answer);
    }

    Result openLoop(double rate, long seconds, IntFunction<Future<Answer>> request, Observer observer) throws InterruptedException {
        long total = (long) (rate * seconds);
        double period = 1e9 / rate;
        Result result = new Result();
        CountDownLatch done = new CountDownLatch((int) total);
        AtomicIntegerArray answered = new AtomicIntegerArray((int) total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * period);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            result.sent.incrementAndGet();
            int index = i;
            request.apply(i).onComplete(answer -> {
                if (answered.compareAndSet(index, 0, 1)) {
                    result.record(due, answer.succeeded() ? answer.result().status() : -1);
                    if (observer != null) {
                        observer.answered(due, System.nanoTime(), answer.succeeded() ? answer.result() : null);
                    }
                }
                done.countDown();
            });
        }
        boolean all = done.await(DRAIN_SECONDS, TimeUnit.SECONDS);
        long unanswered = 0;
        if (!all) {
            // Still waiting at the drain deadline: their latency is at least that long; count them so.
            long now = System.nanoTime();
            for (int i = 0; i < total; i++) {
                if (answered.compareAndSet(i, 0, 1)) {
                    result.latencies.recordValue(Math.min(now - (start + (long) (i * period)), result.latencies.getHighestTrackableValue()));
                    unanswered++;
                }
            }
            resetClients();
        }
        result.finish(start, unanswered);
        return result;
    }

    /** A fixed number of requests in flight, each answer sends the next; latency from its send. */
    private Result closedLoop(int inFlight, long seconds) throws InterruptedException {
        Result result = new Result();
        CountDownLatch done = new CountDownLatch(inFlight);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong counter = new AtomicLong();
        for (int i = 0; i < inFlight; i++) {
            next(deadline, result, counter, done);
        }
        boolean all = done.await(seconds + DRAIN_SECONDS, TimeUnit.SECONDS);
        result.finish(start, all ? 0 : done.getCount());
        if (!all) {
            resetClients();
        }
        return result;
    }

    private void next(long deadline, Result result, AtomicLong counter, CountDownLatch done) {
        long started = System.nanoTime();
        if (started >= deadline) {
            done.countDown();
            return;
        }
        result.sent.incrementAndGet();
        post(counter.getAndIncrement()).onComplete(answer -> {
            result.record(started, answer.succeeded() ? answer.result().status() : -1);
            next(deadline, result, counter, done);
        });
    }

    /**
     * Posts at a fixed rate; every 10th post is followed, once answered, by
     * {@code GET /progress/summary?after=<its position>} (the projector waits up to 1 s for the
     * progress projection to pass it): lag = that answer's time - the post's answer time.
     */
    private void lag(double rate, long seconds, String name) throws InterruptedException {
        Histogram lags = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(2), 3);
        AtomicLong late = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Result posts = openLoop(rate, seconds, i -> {
            Future<Answer> post = post(i);
            if (i % 10 != 0) {
                return post;
            }
            return post.compose(answer -> {
                long posted = System.nanoTime();
                Long position = answer.status() == 200 ? answer.body().toJsonObject().getLong("position") : null;
                if (position == null) {
                    failed.incrementAndGet();
                    return Future.succeededFuture(answer);
                }
                return get("/progress/summary?after=" + position, i).map(read -> {
                    long lag = System.nanoTime() - posted;
                    if (read.status() != 200) {
                        failed.incrementAndGet();
                    } else {
                        lags.recordValue(Math.min(lag, lags.getHighestTrackableValue()));
                        if (lag >= TimeUnit.SECONDS.toNanos(1)) {
                            late.incrementAndGet();
                        }
                    }
                    return answer;
                });
            });
        });
        posts.print(name + "_phase_command", "posts/s");
        System.out.printf("%s_samples=%d reads%n", name, lags.getTotalCount());
        System.out.printf("%s_p50=%.2f ms%n", name, lags.getValueAtPercentile(50) / 1e6);
        System.out.printf("%s_p95=%.2f ms%n", name, lags.getValueAtPercentile(95) / 1e6);
        System.out.printf("%s_p99=%.2f ms%n", name, lags.getValueAtPercentile(99) / 1e6);
        System.out.printf("%s_over_1s=%d reads%n", name, late.get());
        System.out.printf("%s_failed=%d reads%n", name, failed.get());
    }

    static final class Result {
        final Histogram latencies = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(5), 3);
        final Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong lastDone = new AtomicLong();
        double seconds;
        long unfinished;

        void record(long from, int status) {
            long now = System.nanoTime();
            latencies.recordValue(Math.min(Math.max(0, now - from), latencies.getHighestTrackableValue()));
            statuses.merge(status, 1L, Long::sum);
            lastDone.accumulateAndGet(now, Math::max);
        }

        void finish(long start, long unfinished) {
            this.unfinished = unfinished;
            this.seconds = Math.max(1e-3, (lastDone.get() - start) / 1e9);
        }

        double throughput() {
            return statuses.getOrDefault(200, 0L) / seconds;
        }

        void print(String phase, String unit) {
            long ok = statuses.getOrDefault(200, 0L);
            System.out.printf("%s_sent=%d requests%n", phase, sent.get());
            new TreeMap<>(statuses).forEach((status, n) -> {
                if (status != 200) {
                    System.out.printf("%s_status_%s=%d requests%n", phase, status < 0 ? "transport_error" : status, n);
                }
            });
            if (unfinished > 0) {
                System.out.printf("%s_unanswered=%d requests%n", phase, unfinished);
            }
            System.out.printf("%s_throughput=%.0f %s%n", phase, ok / seconds, unit);
            System.out.printf("%s_p50=%.2f ms%n", phase, latencies.getValueAtPercentile(50) / 1e6);
            System.out.printf("%s_p95=%.2f ms%n", phase, latencies.getValueAtPercentile(95) / 1e6);
            System.out.printf("%s_p99=%.2f ms%n", phase, latencies.getValueAtPercentile(99) / 1e6);
            System.out.printf("%s_max=%.2f ms%n", phase, latencies.getMaxValue() / 1e6);
            System.out.flush();
        }
    }

    // ---- plumbing

    private static HttpClient client(Vertx vertx, String url, int connections) {
        URI uri = URI.create(url);
        return vertx.createHttpClient(new HttpClientOptions().setDefaultHost(uri.getHost()).setDefaultPort(uri.getPort())
                .setKeepAlive(true).setConnectTimeout(10_000), new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    private static PrivateKey readKey(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /**
     * A learner's token as user-service issues it (the platform's development key, kid dev-key-1),
     * living the hour the services allow (academy.jwt.max-lifetime): a bench run is shorter.
     */
    private static String sign(PrivateKey key, long userId) throws Exception {
        long now = Instant.now().getEpochSecond();
        JsonObject header = new JsonObject().put("alg", "RS256").put("typ", "JWT").put("kid", DevKeys.KEY_ID);
        JsonObject claims = new JsonObject().put("iss", DevKeys.ISSUER).put("aud", DevKeys.AUDIENCE)
                .put("sub", Long.toString(userId)).put("groups", new JsonArray().add("learner")).put("iat", now)
                .put("exp", now + 3600).put("jti", UUID.randomUUID().toString());
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(header.encode().getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64.encodeToString(signature.sign());
    }
}
