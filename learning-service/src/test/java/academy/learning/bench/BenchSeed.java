package academy.learning.bench;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What course-service would have written before learners post progress: one lesson (LessonAdded)
 * and, per learner, Enrolled + LessonUnlocked. Written straight into event_store, in the shapes of
 * docs/events.md, on the database the service under test uses.
 */
final class BenchSeed {

    private static final String INSERT = "INSERT INTO event_store (stream_id, stream_version, event_id, event_type, data, metadata)"
            + " VALUES ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb)";

    final UUID courseId = UUID.randomUUID();
    final UUID moduleId = UUID.randomUUID();
    final UUID lessonId = UUID.randomUUID();

    void write(Vertx vertx, String databaseUrl, List<Long> learners) throws Exception {
        PgConnectOptions options = PgConnectOptions.fromUri(databaseUrl);
        Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(4)).connectingTo(options).using(vertx).build();
        try {
            String now = Instant.now().toString();
            List<Tuple> rows = new ArrayList<>();
            rows.add(row("course-" + courseId, 1, "LessonAdded", new JsonObject()
                    .put("courseId", courseId.toString()).put("moduleId", moduleId.toString())
                    .put("lessonId", lessonId.toString()).put("title", "Benchmark lesson").put("body", "# Bench")
                    .put("mediaLinks", List.of()).put("xp", 50).put("passScore", 0.7).put("position", 1), 1001L));
            for (long learner : learners) {
                String stream = "enrollment-" + learner + "-" + courseId;
                rows.add(row(stream, 1, "Enrolled", new JsonObject().put("userId", learner)
                        .put("courseId", courseId.toString()).put("enrolledAt", now), learner));
                rows.add(row(stream, 2, "LessonUnlocked", new JsonObject().put("userId", learner)
                        .put("courseId", courseId.toString()).put("moduleId", moduleId.toString())
                        .put("lessonId", lessonId.toString()).put("reason", "enrolment").put("unlockedAt", now), learner));
            }
            for (int from = 0; from < rows.size(); from += 500) {
                pool.preparedQuery(INSERT).executeBatch(rows.subList(from, Math.min(rows.size(), from + 500)))
                        .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.close();
        }
    }

    private static Tuple row(String stream, int version, String type, JsonObject data, long userId) {
        JsonObject metadata = new JsonObject().put("schemaVersion", 1)
                .put("correlationId", UUID.randomUUID().toString()).put("userId", userId);
        return Tuple.of(stream, version, UUID.randomUUID(), type, data.encode(), metadata.encode());
    }
}
