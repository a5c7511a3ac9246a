package academy.learning.infrastructure;

import academy.learning.domain.Lesson;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lesson lookup table {@code learning_lessons}, written by the feed, read per command. Found
 * lessons are kept in memory for a short time (every progress post needs one); the feed handler
 * drops the ones it changes on this replica, other replicas see an edit within the TTL.
 */
@ApplicationScoped
public class LessonCatalog {

    private static final int MAX_CACHED = 50_000;
    private static final String FIND =
            "SELECT lesson_id, course_id, module_id, pass_score, xp FROM learning_lessons WHERE lesson_id = $1";
    private static final String UPSERT = "INSERT INTO learning_lessons (lesson_id, course_id, module_id, pass_score, xp)"
            + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (lesson_id) DO UPDATE SET course_id = EXCLUDED.course_id,"
            + " module_id = EXCLUDED.module_id, pass_score = EXCLUDED.pass_score, xp = EXCLUDED.xp, updated_at = now()";

    private record Cached(Lesson lesson, long expiresAtNanos) {
    }

    private final Pool pool;
    private final long ttlNanos;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    public LessonCatalog(Pool pool,
                         @ConfigProperty(name = "academy.learning.lesson-cache-ttl", defaultValue = "PT2S") Duration ttl) {
        this.pool = pool;
        this.ttlNanos = ttl.toNanos();
    }

    public Uni<Optional<Lesson>> find(UUID lessonId) {
        Cached cached = cache.get(lessonId);
        if (cached != null && cached.expiresAtNanos() - System.nanoTime() > 0) {
            return Uni.createFrom().item(Optional.of(cached.lesson()));
        }
        return pool.preparedQuery(FIND).execute(Tuple.of(lessonId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Lesson lesson = from(rows.iterator().next());
            remember(lesson);
            return Optional.of(lesson);
        });
    }

    /** Writes the lesson's latest definition on the feed handler's transaction. */
    Uni<Void> upsert(SqlClient transaction, Lesson lesson) {
        return transaction.preparedQuery(UPSERT)
                .execute(Tuple.of(lesson.lessonId(), lesson.courseId(), lesson.moduleId(), lesson.passScore(), lesson.xp()))
                .replaceWithVoid();
    }

    void forget(UUID lessonId) {
        cache.remove(lessonId);
    }

    private void remember(Lesson lesson) {
        if (ttlNanos <= 0) {
            return;
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(lesson.lessonId(), new Cached(lesson, System.nanoTime() + ttlNanos));
    }

    private static Lesson from(Row row) {
        return new Lesson(row.getUUID("lesson_id"), row.getUUID("course_id"), row.getUUID("module_id"),
                row.getBigDecimal("pass_score"), row.getInteger("xp"));
    }
}
