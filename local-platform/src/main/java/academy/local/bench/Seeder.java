package academy.local.bench;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The academy's past, written straight into {@code event_store} in the shapes of docs/events.md
 * (what the services would have appended): 3 published courses of 3 modules x 4 lessons, and per
 * learner UserRegistered, Enrolled, three LessonUnlocked, two completed lessons (progress +
 * completion) and a failed sitting of the third: 10 events per learner.
 */
final class Seeder {

    static final int COURSES = 3;
    static final int MODULES = 3;
    static final int LESSONS_PER_MODULE = 4;
    static final int EVENTS_PER_LEARNER = 10;

    private static final String INSERT = "INSERT INTO event_store (stream_id, stream_version, event_id, event_type, data, metadata)"
            + " SELECT s, v, e, t, d::jsonb, m::jsonb FROM unnest($1::text[], $2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[])"
            + " AS x(s, v, e, t, d, m)";

    final long firstLearner;
    final int learners;
    final UUID[] courses = new UUID[COURSES];
    /** [course][module*LESSONS_PER_MODULE + lesson] */
    final UUID[][] lessons = new UUID[COURSES][MODULES * LESSONS_PER_MODULE];
    final UUID[][] modules = new UUID[COURSES][MODULES];
    private final Random random = new Random(42);
    private final List<Object[]> rows = new ArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    long events;
    long headPosition;
    String headTransaction;

    Seeder(long firstLearner, int learners) {
        this.firstLearner = firstLearner;
        this.learners = learners;
        for (int c = 0; c < COURSES; c++) {
            courses[c] = UUID.randomUUID();
            for (int m = 0; m < MODULES; m++) {
                modules[c][m] = UUID.randomUUID();
            }
            for (int l = 0; l < lessons[c].length; l++) {
                lessons[c][l] = UUID.randomUUID();
            }
        }
    }

    static int courseOf(long learnerIndex) {
        return (int) (learnerIndex % COURSES);
    }

    /** The lesson every seeded learner has unlocked but not completed: the third of the first module. */
    UUID openLesson(int course) {
        return lessons[course][2];
    }

    void write(Vertx vertx, String databaseUrl, int chunk) throws Exception {
        Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1))
                .connectingTo(PgConnectOptions.fromUri(databaseUrl)).using(vertx).build();
        try {
            for (int c = 0; c < COURSES; c++) {
                course(c);
            }
            flush(pool, 0);
            for (int i = 0; i < learners; i++) {
                learner(i);
                if (rows.size() >= chunk) {
                    flush(pool, chunk);
                }
            }
            flush(pool, 0);
            Row head = await(pool.query("SELECT global_position, transaction_id::text AS tx FROM event_store"
                    + " ORDER BY transaction_id DESC, global_position DESC LIMIT 1").execute()).iterator().next();
            headPosition = head.getLong("global_position");
            headTransaction = head.getString("tx");
            await(pool.query("NOTIFY event_store").execute());
        } finally {
            pool.close();
        }
    }

    private void course(int c) {
        String stream = "course-" + courses[c];
        String id = courses[c].toString();
        int version = 0;
        Instant created = now.minus(60, ChronoUnit.DAYS);
        add(stream, ++version, "CourseCreated", new JsonObject().put("courseId", id).put("title", "Benchmark course " + (c + 1))
                .put("description", "Seeded by ./academy bench").put("createdBy", 1).put("createdAt", created.toString()), 1);
        for (int m = 0; m < MODULES; m++) {
            add(stream, ++version, "ModuleAdded", new JsonObject().put("courseId", id).put("moduleId", modules[c][m].toString())
                    .put("title", "Module " + (m + 1)).put("position", m + 1), 1);
            for (int l = 0; l < LESSONS_PER_MODULE; l++) {
                add(stream, ++version, "LessonAdded", new JsonObject().put("courseId", id).put("moduleId", modules[c][m].toString())
                        .put("lessonId", lessons[c][m * LESSONS_PER_MODULE + l].toString()).put("title", "Lesson " + (m + 1) + "." + (l + 1))
                        .put("body", "# Lesson\nAn event is a fact that happened.").put("mediaLinks", new JsonArray())
                        .put("xp", 50).put("passScore", 0.7).put("position", l + 1), 1);
            }
        }
        add(stream, ++version, "CoursePublished", new JsonObject().put("courseId", id).put("publishedAt", created.plusSeconds(60).toString()), 1);
    }

    private void learner(int index) {
        long user = firstLearner + index;
        int c = courseOf(index);
        String course = courses[c].toString();
        Instant joined = now.minus(1 + random.nextInt(28), ChronoUnit.DAYS).minusSeconds(random.nextInt(86_400));
        add("user-" + user, 1, "UserRegistered", new JsonObject().put("userId", user).put("registeredAt", joined.toString()), user);
        String enrollment = "enrollment-" + user + "-" + course;
        add(enrollment, 1, "Enrolled", new JsonObject().put("userId", user).put("courseId", course).put("enrolledAt", joined.toString()), user);
        Instant at = joined;
        for (int l = 0; l < 3; l++) {
            add(enrollment, 2 + l, "LessonUnlocked", new JsonObject().put("userId", user).put("courseId", course)
                    .put("moduleId", modules[c][0].toString()).put("lessonId", lessons[c][l].toString())
                    .put("reason", l == 0 ? "enrolment" : "previous-lesson-completed").put("unlockedAt", at.toString()), user);
            at = at.plusSeconds(600 + random.nextInt(3600));
        }
        at = joined;
        for (int l = 0; l < 3; l++) {
            String lesson = lessons[c][l].toString();
            String stream = "lesson-" + user + "-" + lesson;
            boolean passes = l < 2;
            double score = passes ? 0.7 + random.nextInt(31) / 100.0 : 0.3 + random.nextInt(30) / 100.0;
            int seconds = 60 + random.nextInt(600);
            at = at.plusSeconds(seconds);
            add(stream, 1, "LessonProgressRecorded", new JsonObject().put("userId", user).put("lessonId", lesson).put("courseId", course)
                    .put("score", score).put("bestScore", score).put("timeSpentSeconds", seconds).put("recordedAt", at.toString()), user);
            if (passes) {
                add(stream, 2, "LessonCompleted", new JsonObject().put("userId", user).put("lessonId", lesson).put("courseId", course)
                        .put("score", score).put("passScore", 0.7).put("timeSpentSeconds", seconds).put("xpEarned", 50)
                        .put("firstCompletion", true).put("completedAt", at.toString()), user);
            }
        }
    }

    private void add(String stream, int version, String type, JsonObject data, long userId) {
        JsonObject metadata = new JsonObject().put("schemaVersion", 1).put("correlationId", UUID.randomUUID().toString())
                .put("userId", userId);
        rows.add(new Object[] {stream, version, UUID.randomUUID(), type, data.encode(), metadata.encode()});
    }

    private void flush(Pool pool, int atLeast) throws Exception {
        if (rows.isEmpty() || rows.size() < atLeast) {
            return;
        }
        int n = rows.size();
        String[] streams = new String[n];
        Integer[] versions = new Integer[n];
        UUID[] ids = new UUID[n];
        String[] types = new String[n];
        String[] data = new String[n];
        String[] metadata = new String[n];
        for (int i = 0; i < n; i++) {
            Object[] row = rows.get(i);
            streams[i] = (String) row[0];
            versions[i] = (Integer) row[1];
            ids[i] = (UUID) row[2];
            types[i] = (String) row[3];
            data[i] = (String) row[4];
            metadata[i] = (String) row[5];
        }
        await(pool.preparedQuery(INSERT).execute(Tuple.of(streams, versions, ids, types, data, metadata)));
        events += n;
        rows.clear();
    }

    static <T> T await(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }
}
