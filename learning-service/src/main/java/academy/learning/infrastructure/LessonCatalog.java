package academy.learning.infrastructure;

import academy.learning.domain.Lesson;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The lesson lookup table {@code learning_lessons}, written by the feed, read per command. Found
 * lessons are kept in memory for a short time (every progress post needs one); the feed handler
 * drops the ones it changes on this replica, other replicas see an edit within the TTL. Past
 * {@value #MAX_CACHED} lessons Caffeine evicts one cold lesson at a time.
 */
@ApplicationScoped
public class LessonCatalog {

    private static final int MAX_CACHED = 50_000;
    private static final String FIND =
            "SELECT lesson_id, course_id, module_id, pass_score, xp FROM learning_lessons WHERE lesson_id = $1";
    private static final String UPSERT = "INSERT INTO learning_lessons (lesson_id, course_id, module_id, pass_score, xp)"
            + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (lesson_id) DO UPDATE SET course_id = EXCLUDED.course_id,"
            + " module_id = EXCLUDED.module_id, pass_score = EXCLUDED.pass_score, xp = EXCLUDED.xp, updated_at = now()";

    private final Pool pool;
    private final boolean caching;
    private final Cache<UUID, Lesson> cache;

    @Inject
    public LessonCatalog(Pool pool, LearningSettings settings) {
        this(pool, settings.lessonCacheTtl(), MAX_CACHED);
    }

    LessonCatalog(Pool pool, Duration ttl, int maxCached) {
        this.pool = pool;
        this.caching = !ttl.isNegative() && !ttl.isZero();
        this.cache = Caffeine.newBuilder().maximumSize(maxCached).expireAfterWrite(caching ? ttl : Duration.ZERO).build();
    }

    public Uni<Optional<Lesson>> find(UUID lessonId) {
        Lesson cached = kept(lessonId);
        if (cached != null) {
            return Uni.createFrom().item(Optional.of(cached));
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
        cache.invalidate(lessonId);
    }

    /** The lesson held in memory, or null. */
    Lesson kept(UUID lessonId) {
        return cache.getIfPresent(lessonId);
    }

    void remember(Lesson lesson) {
        if (caching) {
            cache.put(lesson.lessonId(), lesson);
        }
    }

    /** Lessons kept once pending evictions ran. */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static Lesson from(Row row) {
        return new Lesson(row.getUUID("lesson_id"), row.getUUID("course_id"), row.getUUID("module_id"),
                row.getBigDecimal("pass_score"), row.getInteger("xp"));
    }
}
