package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import academy.testing.MonitoringQueries;
import academy.testing.Poll;
import academy.embedded.Ports;
import academy.testing.TestDatabase;
import academy.testing.TestServers;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A learner's first day, end to end: the platform started as {@code ./academy up} starts it
 * (its own database, Redis key prefix and random ports, so it never meets a running academy),
 * driven only over HTTP through the gateway, as the Mini App drives it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyIT {

    /** Read models and reactions catch up asynchronously: poll up to this long, never sleep. */
    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    private final long learnerId = 5_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    private final String botToken = "7" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)
            + ":AAjourney-" + UUID.randomUUID().toString().replace("-", "");
    private TestDatabase database;
    private AcademyPlatform platform;
    private ApiClient visitor;
    private ApiClient learner;
    private String courseId;
    private JsonArray modules;
    private volatile String brokenAt;
    private Path root;

    /** A journey is a sequence: once a step fails, the later ones are skipped, naming it. */
    @RegisterExtension
    final TestWatcher journey = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            brokenAt = context.getDisplayName();
        }
    };

    @BeforeEach
    void onlyAfterTheEarlierStepsPassed() {
        assumeTrue(brokenAt == null, () -> "the journey broke at " + brokenAt);
    }

    @BeforeAll
    void startTheAcademy() {
        root = Path.of(System.getProperty("academy.repository.root", "..")).toAbsolutePath().normalize();
        for (AcademyService service : AcademyService.values()) {
            if (!Files.isRegularFile(service.runnableJar(root))) {
                fail(service.runnableJar(root) + " is missing: the journey runs the services' built jars. Build them first"
                        + " (mvn -B verify from the repository root builds local-platform last, after the services).");
            }
        }
        database = TestDatabase.create();
        Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, Ports.free());
        }
        String run = UUID.randomUUID().toString().substring(0, 8);
        PlatformOptions options = PlatformOptions.fromEnvironment(root)
                .withStateDirectory(root.resolve("local-platform/target/journey-" + run))
                .withPorts(Ports.free(), ports)
                .withDatastores(database.url(), TestServers.redis().redisUrl(), "journey-" + run + ":")
                .withBotToken(botToken)
                .withProgress(line -> System.out.println("[journey] " + line));
        platform = AcademyPlatform.start(options);
        visitor = new ApiClient(platform.gatewayUrl(), null);
    }

    @AfterAll
    void stopTheAcademy() {
        if (platform != null) {
            platform.close();
            // The shared Redis keeps nothing of this run.
            String redisUrl = platform.options().redisUrl();
            String prefix = platform.options().redisKeyPrefix();
            RedisKeys.deletePrefix(redisUrl, prefix);
            assertThat(RedisKeys.count(redisUrl, prefix)).as("Redis keys left under " + prefix).isZero();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    @Order(1)
    void everyServiceAndTheGatewayAnswerHealthInTheSeedShape() {
        // Ready services answer their first /health slowly on a starved machine (cold JIT, first
        // connections); the gateway gives each 2 s, so the aggregate is polled, not read once.
        Poll.until(CATCH_UP, () -> visitor.get("/health").status() == 200);
        ApiClient.Answer gateway = visitor.get("/health");
        assertThat(gateway.status()).as(gateway.body()).isEqualTo(200);
        assertSeedShape(gateway.json());
        for (AcademyService service : AcademyService.values()) {
            ApiClient direct = new ApiClient("http://127.0.0.1:" + platform.options().port(service), null);
            ApiClient.Answer own = direct.get("/health");
            assertThat(own.status()).as(service + ": " + own.body()).isEqualTo(200);
            if (service.usesDataStores()) {
                assertSeedShape(gateway.json().getJsonObject(service.serviceName()));
                assertSeedShape(own.json());
            } else {
                // The Mini App holds no data store: it reports only that it is up.
                assertThat(gateway.json().getJsonObject(service.serviceName()).getString("status")).isEqualTo("ok");
                assertThat(own.json().getString("status")).isEqualTo("ok");
            }
        }
    }

    @Test
    @Order(2)
    void signsInWithInitDataSignedLikeTelegram() {
        assertThat(visitor.get("/users/me").status()).isEqualTo(401);
        String initData = InitDataSigner.learner(botToken, learnerId, Instant.now().getEpochSecond());
        ApiClient.Answer login = visitor.post("/auth/telegram", new JsonObject().put("initData", initData));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.json().getJsonObject("user").getLong("id")).isEqualTo(learnerId);
        learner = visitor.withToken(login.json().getString("token"));

        ApiClient.Answer me = learner.get("/users/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().getLong("id")).isEqualTo(learnerId);
        assertThat(me.json().getString("firstName")).isEqualTo("Ada");
    }

    @Test
    @Order(3)
    void browsesTheCatalogueAndTheDemoCourse() {
        Poll.untilAsserted(CATCH_UP, () -> {
            ApiClient.Answer catalogue = learner.get("/courses");
            assertThat(catalogue.status()).as(catalogue.body()).isEqualTo(200);
            JsonObject demo = find(catalogue.json().getJsonArray("courses"), "title", DemoCourse.title());
            assertThat(demo).as("the demo course in " + catalogue.body()).isNotNull();
            assertThat(demo.getInteger("moduleCount")).isEqualTo(3);
            courseId = demo.getString("courseId");
        });

        JsonObject course = course(null);
        assertThat(course.getBoolean("enrolled")).isFalse();
        assertThat(course.getJsonArray("modules")).hasSize(3);
        assertThat(lesson(course, 0, 0).getString("state")).isEqualTo("locked");
    }

    @Test
    @Order(4)
    void enrolsAndTheFirstLessonOpens() {
        ApiClient.Answer enrolment = learner.post("/courses/" + courseId + "/enrollment", null);
        assertThat(enrolment.status()).as(enrolment.body()).isEqualTo(201);
        long position = enrolment.json().getLong("position");
        Poll.untilAsserted(CATCH_UP, () -> {
            JsonObject course = course(position);
            assertThat(course.getBoolean("enrolled")).as(course.encode()).isTrue();
            assertThat(module(course, 0).getString("state")).isEqualTo("unlocked");
            assertThat(lesson(course, 0, 0).getString("state")).isEqualTo("unlocked");
            assertThat(lesson(course, 0, 1).getString("state")).isEqualTo("locked");
            assertThat(module(course, 1).getString("state")).isEqualTo("locked");
            modules = course.getJsonArray("modules");
        });
    }

    @Test
    @Order(5)
    void isRefusedALockedLesson() {
        String second = lessonId(0, 1);
        assertThat(learner.get("/courses/" + courseId + "/lessons/" + second).status()).isEqualTo(403);
        ApiClient.Answer forged = learner.post("/lessons/progress/" + second, sitting(1.0, 30));
        assertThat(forged.status()).as(forged.body()).isEqualTo(403);
    }

    @Test
    @Order(6)
    void completesALessonAndSeesItInTheSummaryAndTheDashboard() {
        ApiClient.Answer content = learner.get("/courses/" + courseId + "/lessons/" + lessonId(0, 0));
        assertThat(content.status()).as(content.body()).isEqualTo(200);
        assertThat(content.json().getString("body")).startsWith("# What is an event?");

        JsonObject result = completeLesson(0, 0, 0.9, 240);
        assertThat(result.getJsonObject("completion").getBoolean("firstCompletion")).isTrue();
        assertThat(result.getJsonObject("completion").getInteger("xpEarned")).isEqualTo(50);
        long position = result.getLong("position");

        Poll.untilAsserted(CATCH_UP, () -> {
            JsonObject summary = learner.get("/progress/summary?after=" + position).expectOk().json();
            assertThat(summary.getInteger("completedLessons")).as(summary.encode()).isEqualTo(1);
            assertThat(summary.getLong("totalTimeSpent")).isEqualTo(240);
            assertThat(summary.getLong("totalTimeSpentMinutes")).isEqualTo(4);
        });
        Poll.untilAsserted(CATCH_UP, () -> {
            JsonObject dashboard = learner.get("/dashboard?after=" + position).expectOk().json();
            assertThat(dashboard.getJsonObject("xp").getLong("total")).as(dashboard.encode()).isEqualTo(50);
            JsonObject inProgress = find(dashboard.getJsonArray("coursesInProgress"), "courseId", courseId);
            assertThat(inProgress).as(dashboard.encode()).isNotNull();
            assertThat(inProgress.getLong("completedLessons")).isEqualTo(1);
        });
    }

    @Test
    @Order(7)
    void hasAStreakOfOneDay() {
        Poll.untilAsserted(CATCH_UP, () -> {
            JsonObject me = learner.get("/users/me").expectOk().json();
            assertThat(me.getJsonObject("streak").getInteger("current")).as(me.encode()).isEqualTo(1);
        });
    }

    @Test
    @Order(8)
    void passesTheModuleQuizAndTheNextModuleOpens() {
        completeLesson(0, 1, 0.8, 300);
        completeLesson(0, 2, 1.0, 200);
        String assessmentId = modules.getJsonObject(0).getString("assessmentId");
        assertThat(assessmentId).as("module 1 has a quiz").isNotNull();

        ApiClient.Answer attempt = learner.post("/assessments/" + assessmentId + "/attempts", null);
        assertThat(attempt.status()).as(attempt.body()).isEqualTo(201);
        String attemptId = attempt.json().getString("attemptId");
        JsonObject quiz = DemoCourse.content().getJsonArray("modules").getJsonObject(0).getJsonObject("quiz");
        for (Object asked : attempt.json().getJsonArray("questions")) {
            JsonObject question = (JsonObject) asked;
            ApiClient.Answer answered = learner.put("/attempts/" + attemptId + "/answers/" + question.getString("questionId"),
                    QuizAnswers.correct(quiz, question), null);
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        }
        ApiClient.Answer result = learner.post("/attempts/" + attemptId + "/submit", null);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.json().getBoolean("passed")).as(result.body()).isTrue();

        Poll.untilAsserted(CATCH_UP, () -> {
            JsonObject course = course(null);
            assertThat(module(course, 0).getString("state")).as(course.encode()).isEqualTo("completed");
            assertThat(module(course, 1).getString("state")).isEqualTo("unlocked");
            assertThat(lesson(course, 1, 0).getString("state")).isEqualTo("unlocked");
        });
    }

    @Test
    @Order(9)
    void appearsOnTheWeeklyLeaderboard() {
        Poll.untilAsserted(CATCH_UP, () -> {
            JsonObject board = learner.get("/leaderboard?period=week&limit=100").expectOk().json();
            JsonObject me = find(board.getJsonArray("entries"), "userId", learnerId);
            assertThat(me).as(board.encode()).isNotNull();
            assertThat(me.getLong("xp")).isEqualTo(50 + 50 + 60);
        });
    }

    @Test
    @Order(10)
    void everyMetricTheDashboardsAndAlertsReadIsExposedByARunningService() throws Exception {
        Set<String> exposed = new TreeSet<>();
        // HTTP/1.1 as Prometheus scrapes: the JDK client's default h2c upgrade on a large
        // chunked answer is not a path any scraper or browser takes.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (AcademyService service : AcademyService.values()) {
            HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + platform.options().port(service) + "/q/metrics"))
                    .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).as(service + " /q/metrics").isEqualTo(200);
            scrape.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(exposed::add);
        }
        Set<String> used = MonitoringQueries.metricNames(root.resolve("helm/telegram-academy"));
        assertThat(used).as("the chart's queries").isNotEmpty();
        // kube-state-metrics, not the services, exposes the HPA and pod series; Prometheus itself
        // writes `up` for every target it scrapes.
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(name -> name.startsWith("kube_") || name.equals("up") || exposed.contains(name));
        assertThat(missing).as("read by a dashboard or an alert but exposed by no service").isEmpty();
    }

    /** Waits for the lesson to be open (course-service unlocks on the feed), then posts a passing sitting. */
    private JsonObject completeLesson(int module, int lesson, double score, int seconds) {
        Poll.untilAsserted(CATCH_UP, () -> assertThat(lesson(course(null), module, lesson).getString("state"))
                .isIn("unlocked", "completed"));
        String lessonId = lessonId(module, lesson);
        ApiClient.Answer[] last = new ApiClient.Answer[1];
        // learning-service learns lessons from the feed: 404 until its lookup table has this one.
        Poll.untilAsserted(CATCH_UP, () -> {
            last[0] = learner.post("/lessons/progress/" + lessonId, sitting(score, seconds), "journey-" + lessonId);
            assertThat(last[0].status()).as(last[0].body()).isNotEqualTo(404);
        });
        assertThat(last[0].status()).as(last[0].body()).isEqualTo(200);
        assertThat(last[0].json().getBoolean("completed")).isTrue();
        return last[0].json();
    }

    private JsonObject course(Long after) {
        ApiClient.Answer answer = learner.get("/courses/" + courseId + (after == null ? "" : "?after=" + after));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private String lessonId(int module, int lesson) {
        return modules.getJsonObject(module).getJsonArray("lessons").getJsonObject(lesson).getString("lessonId");
    }

    private static JsonObject module(JsonObject course, int index) {
        return course.getJsonArray("modules").getJsonObject(index);
    }

    private static JsonObject lesson(JsonObject course, int module, int lesson) {
        return module(course, module).getJsonArray("lessons").getJsonObject(lesson);
    }

    private static JsonObject sitting(double score, int seconds) {
        return new JsonObject().put("score", score).put("timeSpent", seconds);
    }

    private static JsonObject find(JsonArray items, String field, Object value) {
        if (items == null) {
            return null;
        }
        for (Object item : items) {
            if (item instanceof JsonObject object && value.toString().equals(String.valueOf(object.getValue(field)))) {
                return object;
            }
        }
        return null;
    }

    private static void assertSeedShape(JsonObject health) {
        assertThat(health).as("health").isNotNull();
        assertThat(health.getString("status")).as(health.encode()).isEqualTo("ok");
        assertThat(health.getString("database")).isEqualTo("connected");
        assertThat(health.getString("redis")).isEqualTo("connected");
        assertThat(health.getString("eventStore")).isEqualTo("ready");
    }
}
