package academy.course.infrastructure;

import academy.course.domain.Course;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The catalogue read table: one row per course with absolute values, so replaying a batch is harmless. */
@ApplicationScoped
public class CatalogueTable {

    public static final int MAX_LISTED = 500;

    private static final String UPSERT = """
            INSERT INTO course_catalogue (course_id, title, description, published, module_count, lesson_count,
                                          created_at, last_position)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (course_id) DO UPDATE SET title = excluded.title, description = excluded.description,
                published = excluded.published, module_count = excluded.module_count,
                lesson_count = excluded.lesson_count, last_position = excluded.last_position
            """;
    private static final String PUBLISHED = "SELECT course_id, title, description, module_count, lesson_count"
            + " FROM course_catalogue WHERE published ORDER BY created_at, course_id LIMIT " + MAX_LISTED;

    private final Pool pool;

    public CatalogueTable(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> upsert(SqlClient client, Course course, long lastPosition) {
        Tuple row = Tuple.tuple()
                .addUUID(course.courseId())
                .addString(course.title())
                .addString(course.description() == null ? "" : course.description())
                .addBoolean(course.published())
                .addInteger(course.modules().size())
                .addInteger(course.lessonCount())
                .addOffsetDateTime(course.createdAt().atOffset(ZoneOffset.UTC))
                .addLong(lastPosition);
        return client.preparedQuery(UPSERT).execute(row).replaceWithVoid();
    }

    public Uni<List<CatalogueEntry>> published() {
        return pool.query(PUBLISHED).execute().map(rows -> {
            List<CatalogueEntry> entries = new ArrayList<>();
            for (Row row : rows) {
                entries.add(new CatalogueEntry(row.getUUID("course_id"), row.getString("title"),
                        row.getString("description"), row.getInteger("module_count"), row.getInteger("lesson_count")));
            }
            return entries;
        });
    }

    public record CatalogueEntry(UUID courseId, String title, String description, int moduleCount, int lessonCount) {
    }
}
