package academy.learning.bench;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtSignatureBuilder;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import java.net.URI;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Progress posts per second and their latency at a fixed rate, through HTTP against a running
 * learning-service and its PostgreSQL (not a test; learning-service/README.md "Benchmark" says
 * how to run it). The fixed-rate phase is open-loop: request i is due at start + i/rate and its
 * latency is measured from that intended time (HdrHistogram), so a stall shows in the percentiles
 * instead of silently lowering the offered load. Prints {@code name=value unit} lines.
 *
 * <p>{@code java ... ProgressBenchmark keys <dir>} writes a key pair (private.pem, jwks.json) for a
 * service started with {@code ACADEMY_JWT_PUBLIC_KEYS=<dir>/jwks.json}.
 */
public final class ProgressBenchmark {

    private static final String URL = System.getProperty("bench.url", "http://127.0.0.1:8083");
    private static final String DATABASE_URL = System.getProperty("bench.database-url",
            env("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/academy"));
    private static final String PRIVATE_KEY = System.getProperty("bench.private-key", env("ACADEMY_JWT_PRIVATE_KEY", null));
    private static final String KEY_ID = System.getProperty("bench.key-id", BenchKeys.DEFAULT_KEY_ID);
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "1000"));
    private static final long SECONDS = Long.getLong("bench.seconds", 30);
    private static final long WARMUP_SECONDS = Long.getLong("bench.warmup-seconds", 10);
    private static final int LEARNERS = Integer.getInteger("bench.learners", 5000);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 128);
    private static final int MAX_IN_FLIGHT = Integer.getInteger("bench.max-in-flight", 64);
    private static final String MODE = System.getProperty("bench.mode", "both");

    private ProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("keys")) {
            BenchKeys.writePair(Path.of(args[1]), KEY_ID);
            System.out.println("wrote " + args[1] + "/private.pem and " + args[1] + "/jwks.json (kid " + KEY_ID + ")");
            return;
        }
        if (PRIVATE_KEY == null) {
            throw new IllegalArgumentException("set -Dbench.private-key=<PKCS#8 PEM> (the key the service's JWKS holds)");
        }
        Vertx vertx = Vertx.vertx();
        try {
            run(vertx);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static void run(Vertx vertx) throws Exception {
        URI uri = URI.create(URL);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(uri.getHost())
                        .setDefaultPort(uri.getPort()).setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(CONNECTIONS).setMaxWaitQueueSize(-1));
        List<Long> learnerIds = new ArrayList<>();
        long base = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        for (int i = 0; i < LEARNERS; i++) {
            learnerIds.add(base + i);
        }
        BenchSeed seed = new BenchSeed();
        seed.write(vertx, DATABASE_URL, learnerIds);
        List<String> tokens = tokens(BenchKeys.readPrivateKey(Path.of(PRIVATE_KEY)), learnerIds);
        ProgressTarget target = new ProgressTarget(client, "/lessons/progress/" + seed.lessonId, tokens);
        awaitLessonKnown(client, seed.lessonId, tokens.get(0));

        System.out.printf("learners=%d%nrate_offered=%.0f req/s%nduration=%d s%n", LEARNERS, RATE, SECONDS);
        ProcessCpu cpu = ProcessCpu.fromProperty();
        try (DatabaseActivity database = new DatabaseActivity(vertx, DATABASE_URL)) {
            if (!MODE.equals("max")) {
                new OpenLoop(target, RATE, WARMUP_SECONDS).run();
                ProcessCpu.Sample from = cpu == null ? null : cpu.sample();
                long transactions = database.transactions();
                BenchResult open = new OpenLoop(target, RATE, SECONDS).run();
                open.print("open_loop");
                database.print("open_loop", transactions, open.completedOk());
                if (cpu != null) {
                    cpu.print("open_loop", from, open.completedOk());
                }
            }
            if (!MODE.equals("open")) {
                ProcessCpu.Sample from = cpu == null ? null : cpu.sample();
                long transactions = database.transactions();
                BenchResult max = new ClosedLoop(target, MAX_IN_FLIGHT, SECONDS).run();
                max.print("max_throughput");
                database.print("max_throughput", transactions, max.completedOk());
                if (cpu != null) {
                    cpu.print("max_throughput", from, max.completedOk());
                }
            }
        }
    }

    private static List<String> tokens(PrivateKey key, List<Long> learners) {
        List<String> tokens = new ArrayList<>(learners.size());
        Instant expires = Instant.now().plus(Duration.ofHours(2));
        for (long learner : learners) {
            JwtSignatureBuilder jws = Jwt.issuer("telegram-academy").audience("telegram-academy-api")
                    .subject(Long.toString(learner)).groups(Set.of("learner")).expiresAt(expires).jws();
            tokens.add((KEY_ID.isEmpty() ? jws : jws.keyId(KEY_ID)).sign(key));
        }
        return tokens;
    }

    /** The seeded LessonAdded must reach the service's lookup table before the clock starts. */
    private static void awaitLessonKnown(HttpClient client, UUID lessonId, String token) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Future<Integer> status = client.request(HttpMethod.GET, "/lessons/" + lessonId + "/progress")
                    .compose(request -> request.putHeader("Authorization", "Bearer " + token).send())
                    .compose(response -> response.body().map(ignored -> response.statusCode()));
            int code = status.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            if (code == 200) {
                return;
            }
            if (code == 401) {
                throw new IllegalStateException("the service refuses the benchmark's tokens: check the key pair and kid");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("lesson " + lessonId + " never reached the service's lookup table");
    }

    /** One progress post: a random learner's sitting with a random score. */
    record ProgressTarget(HttpClient client, String path, List<String> tokens) {

        Future<Integer> post() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String token = tokens.get(random.nextInt(tokens.size()));
            Buffer body = Buffer.buffer("{\"score\":" + (50 + random.nextInt(51)) / 100.0
                    + ",\"timeSpent\":" + (10 + random.nextInt(600)) + "}");
            return client.request(HttpMethod.POST, path)
                    .compose(request -> request.putHeader("Authorization", "Bearer " + token)
                            .putHeader("Content-Type", "application/json").send(body))
                    .compose(response -> response.body().map(ignored -> response.statusCode()));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
