package academy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import academy.eventstore.RestoreGuard;
import academy.embedded.EmbeddedPostgres;
import academy.testing.Poll;
import academy.embedded.Ports;
import academy.testing.TestDatabase;
import academy.testing.TestServers;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The restore of docs/operations.md, rehearsed: learners work on the platform; the backup job's
 * own script (k8s/components/backup/backup.sh) dumps the database and applies its retention;
 * the dump is restored into a new PostgreSQL cluster, where the event store's restore guard
 * refuses it until rebase-transaction-ids.sql has run; the platform then starts on the restored
 * database, every projection is rebuilt through the admin route, and every read model and Redis
 * board equals the original's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestoreDrillIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(90);
    private static final Duration QUERY = Duration.ofSeconds(30);
    private static final int LEARNERS = 3;
    /** Above the xid counter of a cluster that initdb and pg_restore just made (about a thousand). */
    private static final long ORIGINAL_MIN_XID = 20_000;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String botToken = "7" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999)
            + ":AArestore-" + UUID.randomUUID().toString().replace("-", "");
    private final Path root = Path.of(System.getProperty("academy.repository.root", "..")).toAbsolutePath().normalize();
    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterAll
    void stopEverything() {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            AutoCloseable resource = cleanup.get(i);
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("[restore-drill] cleanup: " + e.getMessage());
            }
        }
    }

    @Test
    void aNightlyDumpRestoredIntoANewClusterRebuildsTheSameReadModels() throws Exception {
        List<String> missing = List.of("pg_dump", "pg_restore", "psql", "sh").stream().filter(c -> !onPath(c)).toList();
        assumeTrue(missing.isEmpty(), "restore drill skipped: " + missing + " not on PATH (PostgreSQL client tools,"
                + " e.g. apt-get install postgresql-client; the embedded PostgreSQL ships no pg_dump)");
        for (AcademyService service : AcademyService.values()) {
            if (!Files.isRegularFile(service.runnableJar(root))) {
                fail(service.runnableJar(root) + " is missing: the drill runs the services' built jars"
                        + " (mvn -B verify from the repository root builds local-platform after them).");
            }
        }
        String redisUrl = TestServers.redis().redisUrl();
        TestDatabase original = TestDatabase.create(TestServers.postgres());
        cleanup.add(original::drop);
        Pool originalPool = original.pool(2);
        cleanup.add(() -> originalPool.close().await().atMost(QUERY));
        advanceTransactionIds(originalPool);

        // 1. The original: the demo course, learners who enrol and complete a lesson.
        String originalPrefix = "restore-drill-" + run + "-original:";
        AcademyPlatform platform = AcademyPlatform.start(options("original", original.url(), redisUrl, originalPrefix));
        cleanup.add(platform::close);
        work(platform);
        awaitQuiet(platform, originalPool);
        var tables = ReadModelSnapshot.tables(originalPool);
        var boards = ReadModelSnapshot.leaderboards(redisUrl, originalPrefix);
        long events = count(originalPool, "SELECT count(*) FROM event_store");
        assertThat(tables.get("xp_totals")).as("learners earned XP").hasSize(LEARNERS);

        // 2. The backup job's script, with a dump older than the retention and a recent one beside it.
        Path backups = Files.createTempDirectory("academy-backups-");
        cleanup.add(() -> deleteTree(backups));
        Path expired = Files.writeString(backups.resolve("academy-20000101T031700Z.dump"), "expired");
        Files.setLastModifiedTime(expired, FileTime.from(Instant.now().minus(Duration.ofDays(20))));
        Path recent = Files.writeString(backups.resolve("academy-20000102T031700Z.dump"), "recent");
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        String log = exec(List.of("sh", root.resolve("k8s/components/backup/backup.sh").toString()),
                Map.of("DATABASE_URL", original.url(), "BACKUP_DIR", backups.toString(), "RETENTION_DAYS", "14"));
        assertThat(log).contains("backup written: " + backups);
        assertThat(expired).as("older than RETENTION_DAYS").doesNotExist();
        assertThat(recent).exists();
        List<Path> dumps;
        try (var files = Files.list(backups)) {
            dumps = files.filter(f -> !f.equals(recent)).toList();
        }
        assertThat(dumps).singleElement().satisfies(dump -> assertThat(dump.getFileName().toString()).matches("academy-\\d{8}T\\d{6}Z\\.dump"));
        assertThat(count(originalPool, "SELECT count(*) FROM event_store")).as("nothing appended during the dump").isEqualTo(events);
        platform.close();

        // 3. A new cluster: restore, the guard refuses, rebase, the guard passes.
        EmbeddedPostgres cluster = TestServers.startEmbeddedPostgres();
        TestDatabase restored = TestDatabase.create(cluster.endpoint());
        exec(List.of("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + restored.url(), dumps.get(0).toString()), Map.of());
        Pool restoredPool = restored.pool(2);
        cleanup.add(() -> restoredPool.close().await().atMost(QUERY));
        assertThat(count(restoredPool, "SELECT count(*) FROM event_store")).isEqualTo(events);
        assertThatThrownBy(() -> new RestoreGuard(restoredPool).check().await().atMost(QUERY))
                .isInstanceOf(RestoreGuard.StoreAheadOfClusterException.class).hasMessageContaining("restored logically");
        exec(List.of("psql", "-v", "ON_ERROR_STOP=1", "--single-transaction", "--dbname=" + restored.url(),
                "-f", root.resolve("k8s/components/backup/rebase-transaction-ids.sql").toString()), Map.of());
        exec(List.of("psql", "-v", "ON_ERROR_STOP=1", "--dbname=" + restored.url(), "-c", "VACUUM ANALYZE event_store"), Map.of());
        new RestoreGuard(restoredPool).check().await().atMost(QUERY);

        // 4. The platform on the restored database (a new Redis prefix: the flushed cache), every projection rebuilt.
        String restoredPrefix = "restore-drill-" + run + "-restored:";
        AcademyPlatform after = AcademyPlatform.start(options("restored", restored.url(), redisUrl, restoredPrefix));
        cleanup.add(after::close);
        rebuildEveryProjection(after);
        var rebuilt = ReadModelSnapshot.tables(restoredPool);
        for (String table : tables.keySet()) {
            assertThat(rebuilt.get(table)).as("restored and rebuilt " + table).isEqualTo(tables.get(table));
        }
        Poll.untilAsserted(CATCH_UP, () -> assertThat(ReadModelSnapshot.leaderboards(redisUrl, restoredPrefix))
                .as("Redis boards rebuilt from the restored store").isEqualTo(boards));
        assertThat(count(restoredPool, "SELECT count(*) FROM event_store")).as("the restore appended nothing").isEqualTo(events);

        // 5. And it keeps working: a new command lands after every restored event and is projected.
        var newcomer = signedInLearners(after, 1).entrySet().iterator().next();
        long learner = newcomer.getKey();
        ApiClient client = new ApiClient(after.gatewayUrl(), newcomer.getValue());
        client.post("/courses/" + after.demoCourseId() + "/enrollment", null, "drill-after-" + learner).expectOk();
        Poll.untilAsserted(CATCH_UP, () -> assertThat(count(restoredPool,
                "SELECT count(*) FROM dashboard_enrolments WHERE user_id = " + learner)).isEqualTo(1));
    }

    /** Sign-ins, enrolments, the first lesson completed by every learner (commands through the gateway). */
    private void work(AcademyPlatform platform) {
        Map<Long, String> tokens = signedInLearners(platform, LEARNERS);
        String courseId = platform.demoCourseId();
        assertThat(courseId).as("the demo course was loaded").isNotNull();
        tokens.forEach((learner, token) -> new ApiClient(platform.gatewayUrl(), token)
                .post("/courses/" + courseId + "/enrollment", null, "drill-enrol-" + learner).expectOk());
        String token = tokens.values().iterator().next();
        JsonArray lessons = new ApiClient(platform.gatewayUrl(), token).get("/courses/" + courseId).expectOk().json()
                .getJsonArray("modules").getJsonObject(0).getJsonArray("lessons");
        String first = lessons.getJsonObject(0).getString("lessonId");
        tokens.forEach((learner, t) -> {
            ApiClient client = new ApiClient(platform.gatewayUrl(), t);
            // learning-service learns lessons from the feed: 404 until its lookup table has this one.
            Poll.untilAsserted(CATCH_UP, () -> assertThat(client.post("/lessons/progress/" + first,
                    new JsonObject().put("score", 0.9).put("timeSpent", 120), "drill-first-" + learner).status()).isEqualTo(200));
        });
        // course-service unlocks the second lesson from the feed: a reaction the read models follow too.
        tokens.values().forEach(t -> Poll.untilAsserted(CATCH_UP, () -> assertThat(new ApiClient(platform.gatewayUrl(), t)
                .get("/courses/" + courseId).expectOk().json().getJsonArray("modules").getJsonObject(0)
                .getJsonArray("lessons").getJsonObject(1).getString("state")).isIn("unlocked", "completed")));
    }

    private Map<Long, String> signedInLearners(AcademyPlatform platform, int count) {
        ApiClient visitor = new ApiClient(platform.gatewayUrl(), null);
        long first = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        Map<Long, String> tokens = new TreeMap<>();
        for (long learner = first; learner < first + count; learner++) {
            String initData = InitDataSigner.learner(botToken, learner, Instant.now().getEpochSecond());
            tokens.put(learner, visitor.post("/auth/telegram", new JsonObject().put("initData", initData)).expectOk()
                    .json().getString("token"));
        }
        return tokens;
    }

    /** Every projection caught up (lag 0) and the store no longer growing (the reactions are done). */
    private static void awaitQuiet(AcademyPlatform platform, Pool pool) {
        ApiClient admin = admin(platform);
        long[] last = {-1};
        Poll.untilAsserted(CATCH_UP, () -> {
            JsonArray projections = (JsonArray) admin.get("/projections").expectOk().parsed();
            assertThat(projections).hasSize(6);
            for (Object item : projections) {
                assertThat(((JsonObject) item).getDouble("lagSeconds")).as(item.toString()).isZero();
            }
            long events = count(pool, "SELECT count(*) FROM event_store");
            boolean settled = events == last[0];
            last[0] = events;
            assertThat(settled).as("the store stopped growing at " + events + " events").isTrue();
        });
    }

    private static void rebuildEveryProjection(AcademyPlatform platform) {
        ApiClient admin = admin(platform);
        List<String> names = new ArrayList<>();
        for (Object projection : (JsonArray) admin.get("/projections").expectOk().parsed()) {
            names.add(((JsonObject) projection).getString("name"));
        }
        assertThat(names).hasSize(6);
        for (String name : names) {
            assertThat(admin.post("/projections/" + name + "/rebuild", null).status()).as("rebuild of " + name).isEqualTo(202);
        }
        Poll.untilAsserted(CATCH_UP, () -> {
            for (Object item : (JsonArray) admin.get("/projections").expectOk().parsed()) {
                JsonObject projection = (JsonObject) item;
                assertThat(projection.getJsonObject("rebuild")).as(projection.encode()).isNotNull();
                assertThat(projection.getJsonObject("rebuild").getString("state")).as(projection.encode()).isEqualTo("swapped");
                assertThat(projection.getDouble("lagSeconds")).as(projection.encode()).isZero();
            }
        });
    }

    private static ApiClient admin(AcademyPlatform platform) {
        return new ApiClient(platform.gatewayUrl(), platform.keys().adminToken(platform.options().adminIds().get(0)));
    }

    private PlatformOptions options(String name, String databaseUrl, String redisUrl, String prefix) {
        Map<AcademyService, Integer> ports = new EnumMap<>(AcademyService.class);
        for (AcademyService service : AcademyService.values()) {
            ports.put(service, Ports.free());
        }
        return PlatformOptions.fromEnvironment(root)
                .withStateDirectory(root.resolve("local-platform/target/restore-drill-" + run + "-" + name))
                .withPorts(Ports.free(), ports)
                .withDatastores(databaseUrl, redisUrl, prefix)
                .withBotToken(botToken)
                .withProgress(line -> System.out.println("[restore-drill] " + line));
    }

    /**
     * Makes the original's transaction ids larger than a new cluster's, as in production, where
     * the server has run for long before the restore (subtransactions draw from the same counter).
     */
    private static void advanceTransactionIds(Pool pool) {
        long current = count(pool, "SELECT pg_current_xact_id()::text::bigint");
        long burn = Math.max(0, ORIGINAL_MIN_XID - current);
        if (burn > 0) {
            pool.query("DO $$ BEGIN CREATE TEMP TABLE IF NOT EXISTS drill_xids (n int); FOR i IN 1.." + burn
                    + " LOOP BEGIN INSERT INTO drill_xids VALUES (i); EXCEPTION WHEN OTHERS THEN NULL; END; END LOOP; END $$")
                    .execute().await().atMost(Duration.ofMinutes(2));
        }
    }

    private static long count(Pool pool, String sql) {
        return pool.query(sql).execute().await().atMost(QUERY).iterator().next().getLong(0);
    }

    private static String exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(command.get(0) + ": " + output).isZero();
        return output;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
