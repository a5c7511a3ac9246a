package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import academy.testing.Poll;
import academy.embedded.Ports;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole platform under faults while learners post lesson progress: faults may cost latency
 * or a clear error, never data. The five services run as child processes against a PostgreSQL
 * and a Redis of this test's own (random ports); a client retries every failed command with
 * the same Idempotency-Key until it is acknowledged. Each fault waits for progress
 * (acknowledged commands), never for time. Afterwards the store, the read models, a rebuild of
 * them, XP and streaks are checked straight in PostgreSQL and Redis.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultRunIT {

    private static final int LEARNERS = 6;
    private static final int COMMANDS_PER_SECOND = 20;
    /** Commands one learner's app keeps on the wire at once; the rest wait in its queue. */
    private static final int WINDOW = 3;
    private static final Duration PHASE = Duration.ofSeconds(90);
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String keyPrefix = "fault-run-" + run;
    private final String redisKeyPrefix = "fault-run-" + run + ":";
    private final String botToken = "7" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)
            + ":AAfault-" + UUID.randomUUID().toString().replace("-", "");
    private final Map<String, Object> injected = new LinkedHashMap<>();
    private OwnDatastores servers;
    private AcademyPlatform platform;
    private StoreAudit audit;
    private Instant startedAt;
    private Instant learningKilledAt;
    private Instant learningReadyAt;
    private volatile SteadyProgress queue;

    @BeforeAll
    void startTheAcademyOnItsOwnServers() {
        startedAt = Instant.now();
        Path root = Path.of(System.getProperty("academy.repository.root", "..")).toAbsolutePath().normalize();
        for (AcademyService service : AcademyService.values()) {
            if (!Files.isRegularFile(service.runnableJar(root))) {
                fail(service.runnableJar(root) + " is missing: the fault run runs the services' built jars. Build them first"
                        + " (mvn -B verify from the repository root builds local-platform last, after the services).");
            }
        }
        servers = OwnDatastores.start();
        audit = new StoreAudit(servers.pool());
        Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, Ports.free());
        }
        PlatformOptions options = PlatformOptions.fromEnvironment(root)
                .withStateDirectory(root.resolve("local-platform/target/fault-run-" + run))
                .withPorts(Ports.free(), ports)
                .withDatastores(servers.databaseUrl(), servers.redisUrl(), redisKeyPrefix)
                .withBotToken(botToken)
                .withProgress(line -> System.out.println("[fault-run] " + line));
        platform = AcademyPlatform.start(options);
    }

    @AfterAll
    void stopEverything() {
        if (platform != null) {
            platform.close();
            RedisKeys.deletePrefix(servers.redisUrl(), redisKeyPrefix);
            assertThat(RedisKeys.count(servers.redisUrl(), redisKeyPrefix)).as("Redis keys left under " + redisKeyPrefix).isZero();
        }
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void faultsCostLatencyOrAClearErrorNeverData() {
        assertThat(platform.demoCourseId()).as("the demo course was loaded").isNotNull();
        Map<Long, String> tokens = signIn();
        List<Long> learners = List.copyOf(tokens.keySet());
        RetryingClient setup = new RetryingClient(platform.gatewayUrl(), tokens);
        RetryingClient client = new RetryingClient(platform.gatewayUrl(), tokens);
        SteadyProgress load = null;
        try {
            List<String> lessons = enrolAndOpenTwoLessons(setup, tokens);
            load = new SteadyProgress(client, learners, lessons, keyPrefix, WINDOW);
            queue = load;
            Instant loadStarted = Instant.now();
            load.start(COMMANDS_PER_SECOND);
            awaitAcknowledged(client, 30);
            killDatabaseSessions(client);
            stopAndStartRedis(client, tokens.get(learners.get(0)));
            killProjectorMidStream(client);
            killLearningServiceMidRequest(client);
            restartPostgres(client);
            load.stop();
            SteadyProgress sent = load;
            Poll.until(CATCH_UP, () -> sent.queued() == 0 && client.everySentAcknowledged());
            injected.put("load seconds", Duration.between(loadStarted, Instant.now()).toSeconds());
            awaitQuiet();
            check(setup, client, load, learners, tokens);
        } finally {
            if (load != null) {
                load.close();
            }
            client.close();
            setup.close();
        }
    }

    private Map<Long, String> signIn() {
        ApiClient visitor = new ApiClient(platform.gatewayUrl(), null);
        long first = 6_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        Map<Long, String> tokens = new TreeMap<>();
        for (long learner = first; learner < first + LEARNERS; learner++) {
            String initData = InitDataSigner.learner(botToken, learner, Instant.now().getEpochSecond());
            ApiClient.Answer login = visitor.post("/auth/telegram", new JsonObject().put("initData", initData)).expectOk();
            tokens.put(learner, login.json().getString("token"));
        }
        return tokens;
    }

    /**
     * Enrols every learner, completes the first lesson and waits until the second one opens
     * (course-service unlocks it from the feed): the load then has two open lessons per learner.
     */
    private List<String> enrolAndOpenTwoLessons(RetryingClient setup, Map<Long, String> tokens) {
        String courseId = platform.demoCourseId();
        List<CompletableFuture<RetryingClient.Ack>> enrolments = new ArrayList<>();
        tokens.keySet().forEach(learner -> enrolments.add(setup.send(new RetryingClient.Command(
                keyPrefix + "-enrol-" + learner, learner, "/courses/" + courseId + "/enrollment", null))));
        enrolments.forEach(CompletableFuture::join);
        ApiClient anyLearner = new ApiClient(platform.gatewayUrl(), tokens.values().iterator().next());
        JsonArray lessons = anyLearner.get("/courses/" + courseId).expectOk().json()
                .getJsonArray("modules").getJsonObject(0).getJsonArray("lessons");
        List<String> open = List.of(lessons.getJsonObject(0).getString("lessonId"), lessons.getJsonObject(1).getString("lessonId"));
        awaitLessonState(tokens, courseId, 0);
        List<CompletableFuture<RetryingClient.Ack>> firstCompletions = new ArrayList<>();
        tokens.keySet().forEach(learner -> firstCompletions.add(setup.send(new RetryingClient.Command(
                keyPrefix + "-first-" + learner, learner, "/lessons/progress/" + open.get(0),
                new JsonObject().put("score", 1.0).put("timeSpent", 120)))));
        firstCompletions.forEach(CompletableFuture::join);
        awaitLessonState(tokens, courseId, 1);
        return open;
    }

    private void awaitLessonState(Map<Long, String> tokens, String courseId, int lesson) {
        tokens.values().forEach(token -> Poll.untilAsserted(CATCH_UP, () -> {
            JsonObject course = new ApiClient(platform.gatewayUrl(), token).get("/courses/" + courseId).expectOk().json();
            assertThat(course.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(lesson)
                    .getString("state")).as(course.encode()).isIn("unlocked", "completed");
        }));
    }

    /** pg_terminate_backend on every session of the academy's database, three times, 10 acknowledged commands apart. */
    private void killDatabaseSessions(RetryingClient client) {
        int killed = 0;
        for (int round = 0; round < 3; round++) {
            killed += servers.killDatabaseSessions();
            note(client, "killed the database's sessions");
            awaitAcknowledged(client, 10);
        }
        injected.put("PostgreSQL sessions killed", "3 rounds, " + killed + " sessions");
    }

    /** Redis stopped (projector reads fall back to PostgreSQL), load goes on, then an empty Redis on the same port. */
    private void stopAndStartRedis(RetryingClient client, String learnerToken) {
        ApiClient projector = direct(AcademyService.PROJECTOR, null);
        servers.stopRedis();
        note(client, "Redis stopped");
        Poll.untilAsserted(PHASE, () -> assertThat(health(projector).getString("redis")).isEqualTo("degraded"));
        awaitAcknowledged(client, 15);
        ApiClient.Answer board = new ApiClient(platform.gatewayUrl(), learnerToken).get("/leaderboard?period=all");
        assertThat(board.status()).as("the leaderboard while Redis is down: " + board.body()).isEqualTo(200);
        servers.startRedis();
        note(client, "Redis started");
        Poll.untilAsserted(PHASE, () -> assertThat(health(projector).getString("redis")).isEqualTo("connected"));
        injected.put("Redis stopped and started", "1 (leaderboard while down: 200 from " + board.json().getString("source") + ")");
        awaitAcknowledged(client, 10);
    }

    /** SIGKILL while a projection has events waiting, load going on; restarted on the same port. */
    private void killProjectorMidStream(RetryingClient client) {
        List<String> behind = new ArrayList<>();
        Poll.until(PHASE, () -> {
            behind.clear();
            behind.addAll(audit.subscriptionsBehind("projector-%"));
            return !behind.isEmpty();
        });
        platform.kill(AcademyService.PROJECTOR);
        note(client, "projector-service killed, behind: " + behind);
        awaitAcknowledged(client, 10);
        platform.restart(AcademyService.PROJECTOR);
        note(client, "projector-service ready again");
        injected.put("projector SIGKILL + restart", "1 (behind at the kill: " + behind.size() + " projections)");
        awaitAcknowledged(client, 10);
    }

    /**
     * SIGKILL while commands to learning-service are in flight (a burst fills every learner's
     * window first, so the kill meets several); restarted on the same port.
     */
    private void killLearningServiceMidRequest(RetryingClient client) {
        int[] inFlight = new int[1];
        queue.burst(LEARNERS * WINDOW);
        Poll.until(PHASE, () -> (inFlight[0] = client.inFlight()) >= LEARNERS);
        learningKilledAt = Instant.now();
        platform.kill(AcademyService.LEARNING);
        note(client, "learning-service killed with " + inFlight[0] + " requests in flight");
        platform.restart(AcademyService.LEARNING);
        learningReadyAt = Instant.now();
        note(client, "learning-service ready again");
        injected.put("learning-service SIGKILL + restart", "1 (" + inFlight[0] + " requests in flight)");
        awaitAcknowledged(client, 20);
    }

    /** PostgreSQL stopped: every service turns not ready (503) and commands fail; started again, all ready. */
    private void restartPostgres(RetryingClient client) {
        int failuresBefore = client.failedAttempts();
        servers.stopPostgres();
        note(client, "PostgreSQL stopped");
        Set<AcademyService> notReady = EnumSet.noneOf(AcademyService.class);
        Poll.until(PHASE, () -> {
            for (AcademyService service : AcademyService.values()) {
                if (service.usesDataStores() && readiness(service) == 503) {
                    notReady.add(service);
                }
            }
            return notReady.size() == AcademyService.values().length - 1 && client.failedAttempts() > failuresBefore;
        });
        note(client, "every service answers ready 503");
        servers.startPostgres();
        note(client, "PostgreSQL started");
        Poll.until(PHASE, () -> Arrays.stream(AcademyService.values()).allMatch(s -> readiness(s) == 200));
        note(client, "every service answers ready 200");
        injected.put("PostgreSQL stopped and started", "1 (ready 503 while down: " + notReady.size() + "/5, 200 after)");
        awaitAcknowledged(client, 20);
    }

    /** Every subscription's checkpoint has passed the last event, and no new event arrives meanwhile. */
    private void awaitQuiet() {
        long[] events = {-1};
        Poll.untilAsserted(CATCH_UP, () -> {
            long previous = events[0];
            events[0] = audit.eventCount();
            assertThat(audit.subscriptionsBehind("%")).as("subscriptions behind the head").isEmpty();
            assertThat(events[0]).as("events stored").isEqualTo(previous);
        });
    }

    private void check(RetryingClient setup, RetryingClient client, SteadyProgress load, List<Long> learners,
                       Map<Long, String> tokens) {
        Map<String, RetryingClient.Ack> acks = new HashMap<>(setup.acknowledged());
        acks.putAll(client.acknowledged());
        Set<String> sent = new HashSet<>(setup.sent());
        sent.addAll(client.sent());
        StoreAudit.KeyAudit keys = audit.keys(keyPrefix, sent, acks);
        List<ExpectedTotals.Completion> completions = ExpectedTotals.completions(acks.values());
        Map<Long, Long> expectedXp = ExpectedTotals.xpByRule(completions);
        Map<Long, SortedSet<LocalDate>> days = ExpectedTotals.completionDays(completions);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(keys.lost()).as("acknowledged commands missing from event_store").isEmpty();
        softly.assertThat(keys.duplicated()).as("commands stored more than once").isEmpty();
        softly.assertThat(keys.unknown()).as("events for keys never sent").isEmpty();
        softly.assertThat(keys.answerMismatches()).as("answers that disagree with the store").isEmpty();
        softly.assertThat(sent).as("every command sent was acknowledged").isEqualTo(acks.keySet());
        softly.assertThat(client.unclearFailures()).as("failed answers that are not a clear error " + client.unclearSamples())
                .isZero();
        softly.assertThat(audit.deadLetters()).as("parked events").isZero();
        softly.assertThat(audit.repeatedFirstCompletions()).as("a lesson completed for the first time twice").isEmpty();

        softly.assertThat(ExpectedTotals.xpAnswered(completions)).as("XP answered = the XP rule").isEqualTo(expectedXp);
        softly.assertThat(audit.storedXp()).as("XP in event_store = the XP rule").isEqualTo(expectedXp);
        softly.assertThat(only(learners, audit.learningServiceXp())).as("learning_learner_xp").isEqualTo(expectedXp);
        softly.assertThat(only(learners, audit.projectedXp())).as("xp_totals").isEqualTo(expectedXp);
        boolean boardsHealed = awaitBoard(expectedXp);
        softly.assertThat(boardsHealed).as("Redis leaderboard:all = the XP rule " + expectedXp + " but is "
                + ReadModelSnapshot.leaderboards(servers.redisUrl(), redisKeyPrefix).get("leaderboard:all")).isTrue();

        Map<Long, Long> expectedDays = new TreeMap<>();
        Map<Long, Long> expectedStreak = new TreeMap<>();
        days.forEach((learner, learnerDays) -> {
            expectedDays.put(learner, (long) learnerDays.size());
            expectedStreak.put(learner, (long) ExpectedTotals.currentStreak(learnerDays));
        });
        softly.assertThat(audit.streakExtensions()).as("StreakExtended events, one per completion day").isEqualTo(expectedDays);
        softly.assertThat(audit.streakExtensionDays()).as("days with a StreakExtended").isEqualTo(expectedDays);
        softly.assertThat(only(learners, audit.projectedStreaks())).as("learner_streaks.current_streak").isEqualTo(expectedStreak);
        Map<Long, Long> shownStreaks = new TreeMap<>();
        tokens.forEach((learner, token) -> shownStreaks.put(learner, new ApiClient(platform.gatewayUrl(), token)
                .get("/users/me").expectOk().json().getJsonObject("streak").getLong("current")));
        softly.assertThat(shownStreaks).as("streak on /users/me").isEqualTo(expectedStreak);

        long lostAnswersAtTheKill = keys.storedBeforeFailure().stream().map(acks::get)
                .filter(ack -> !ack.firstFailureAt().isBefore(learningKilledAt) && ack.firstFailureAt().isBefore(learningReadyAt))
                .count();
        injected.put("learning-service SIGKILL + restart", injected.get("learning-service SIGKILL + restart")
                + ", answers lost after the append at the kill: " + lostAnswersAtTheKill);
        String rebuilt = compareWithARebuild(softly);
        String line = String.format("FAULT RUN injected: %s; commands %d at %d/s, %d learners, %d per learner on the wire"
                        + " (+%d set-up), acknowledged %d, retried %d"
                        + " (failed attempts %d: %s), stored before the failure and replayed %d, replay headers %d,"
                        + " unclear failed answers %d, lost %d, duplicated %d, unknown keys %d, answers disagreeing %d;"
                        + " XP = rule: %s; streaks: %s; read models = rebuild: %s; %d s in all",
                injected, load.commands(), COMMANDS_PER_SECOND, LEARNERS, WINDOW, setup.sent().size(), acks.size(), client.retried(), client.failedAttempts(),
                client.outcomes(), keys.storedBeforeFailure().size(),
                client.acknowledged().values().stream().filter(RetryingClient.Ack::replayed).count(),
                client.unclearFailures(), keys.lost().size(), keys.duplicated().size(), keys.unknown().size(),
                keys.answerMismatches().size(), expectedXp.equals(audit.storedXp()) && boardsHealed ? "yes" : "NO",
                expectedStreak.equals(only(learners, audit.projectedStreaks())) ? "yes" : "NO", rebuilt,
                Duration.between(startedAt, Instant.now()).toSeconds());
        System.out.println(line);
        client.unclearSamples().forEach((where, body) -> System.out.println("[fault-run] unclear failed answer, "
                + where + ": " + body));
        softly.assertAll();
    }

    /** Snapshots the read models and Redis boards, rebuilds every projection, waits for the swaps, compares. */
    private String compareWithARebuild(SoftAssertions softly) {
        var tablesBefore = ReadModelSnapshot.tables(servers.pool());
        var boardsBefore = ReadModelSnapshot.leaderboards(servers.redisUrl(), redisKeyPrefix);
        ApiClient admin = new ApiClient(platform.gatewayUrl(), platform.keys().adminToken(AdminIds.DEVELOPMENT_ADMIN));
        List<String> names = new ArrayList<>();
        for (Object projection : (JsonArray) admin.get("/projections").expectOk().parsed()) {
            names.add(((JsonObject) projection).getString("name"));
        }
        for (String name : names) {
            ApiClient.Answer started = admin.post("/projections/" + name + "/rebuild", null);
            softly.assertThat(started.status()).as("rebuild of " + name + ": " + started.body()).isEqualTo(202);
        }
        Poll.untilAsserted(CATCH_UP, () -> {
            JsonArray projections = (JsonArray) admin.get("/projections").expectOk().parsed();
            for (Object item : projections) {
                JsonObject projection = (JsonObject) item;
                JsonObject rebuild = projection.getJsonObject("rebuild");
                assertThat(rebuild).as(projection.encode()).isNotNull();
                assertThat(rebuild.getString("state")).as(projection.encode()).isEqualTo("swapped");
                assertThat(projection.getString("state")).as(projection.encode()).isIn("active", "standby");
            }
        });
        var tablesAfter = ReadModelSnapshot.tables(servers.pool());
        List<String> differing = tablesBefore.keySet().stream()
                .filter(table -> !tablesBefore.get(table).equals(tablesAfter.get(table))).collect(Collectors.toList());
        for (String table : differing) {
            softly.assertThat(tablesAfter.get(table)).as("rebuilt " + table).isEqualTo(tablesBefore.get(table));
        }
        boolean boardsEqual = poll(() -> ReadModelSnapshot.leaderboards(servers.redisUrl(), redisKeyPrefix).equals(boardsBefore));
        softly.assertThat(boardsEqual).as("Redis boards after the rebuild " + ReadModelSnapshot.leaderboards(servers.redisUrl(),
                redisKeyPrefix) + " equal those before " + boardsBefore).isTrue();
        return differing.isEmpty() && boardsEqual ? "yes (" + names.size() + " projections, " + tablesBefore.size() + " tables, "
                + boardsBefore.size() + " Redis boards)" : "NO (" + differing + (boardsEqual ? "" : ", Redis boards") + ")";
    }

    /** The projector repairs Redis boards on a schedule: true once leaderboard:all holds the expected totals. */
    private boolean awaitBoard(Map<Long, Long> expectedXp) {
        return poll(() -> {
            Map<String, String> board = ReadModelSnapshot.leaderboards(servers.redisUrl(), redisKeyPrefix).get("leaderboard:all");
            Map<Long, Long> scores = new TreeMap<>();
            if (board != null) {
                board.forEach((member, score) -> scores.put(Long.parseLong(member), (long) Double.parseDouble(score)));
            }
            return only(expectedXp.keySet(), scores).equals(expectedXp);
        });
    }

    private static boolean poll(BooleanSupplier condition) {
        try {
            Poll.until(Duration.ofSeconds(30), condition);
            return true;
        } catch (AssertionError timedOut) {
            return false;
        }
    }

    private void note(RetryingClient client, String what) {
        System.out.printf("[fault-run] %s %s (acknowledged %d, in flight %d, queued %d, failed attempts %d)%n",
                LocalTime.now(), what, client.acknowledgedCount(), client.inFlight(), queue.queued(),
                client.failedAttempts());
    }

    private void awaitAcknowledged(RetryingClient client, int more) {
        int target = client.acknowledgedCount() + more;
        try {
            Poll.until(PHASE, () -> client.acknowledgedCount() >= target);
        } catch (AssertionError stalled) {
            throw new AssertionError("no progress: " + more + " more acknowledged commands did not come within " + PHASE
                    + " (acknowledged " + client.acknowledgedCount() + ", in flight " + client.inFlight() + ", outcomes "
                    + client.outcomes() + "); " + probe(client), stalled);
        }
    }

    /** Where a stall is: one command straight to learning-service and one through the gateway, and readiness. */
    private String probe(RetryingClient client) {
        long learner = client.tokens().keySet().iterator().next();
        String token = client.tokens().get(learner);
        String path = "/lessons/progress/" + client.acknowledged().values().iterator().next().answer().getString("lessonId");
        JsonObject sitting = new JsonObject().put("score", 0.5).put("timeSpent", 10);
        StringBuilder found = new StringBuilder();
        for (var route : Map.of("direct", direct(AcademyService.LEARNING, token),
                "gateway", new ApiClient(platform.gatewayUrl(), token)).entrySet()) {
            long started = System.nanoTime();
            String answer;
            try {
                ApiClient.Answer probe = route.getValue().post(path, sitting, keyPrefix + "-probe-" + route.getKey());
                answer = probe.status() + " " + probe.body();
            } catch (PlatformException e) {
                answer = e.getMessage();
            }
            found.append(route.getKey()).append(": ").append(answer).append(" in ")
                    .append((System.nanoTime() - started) / 1_000_000).append(" ms; ");
        }
        for (AcademyService service : AcademyService.values()) {
            found.append(service.serviceName()).append(" ready ").append(readiness(service)).append("; ");
        }
        return found.toString();
    }

    private ApiClient direct(AcademyService service, String token) {
        return new ApiClient("http://127.0.0.1:" + platform.options().port(service), token);
    }

    private static JsonObject health(ApiClient service) {
        return service.get("/health").json();
    }

    /** -1 when nothing answers. */
    private int readiness(AcademyService service) {
        try {
            return direct(service, null).get("/q/health/ready").status();
        } catch (PlatformException notAnswering) {
            return -1;
        }
    }

    private static Map<Long, Long> only(Collection<Long> learners, Map<Long, Long> values) {
        Map<Long, Long> mine = new TreeMap<>();
        values.forEach((learner, value) -> {
            if (learners.contains(learner)) {
                mine.put(learner, value);
            }
        });
        return mine;
    }
}
