package academy.course.infrastructure;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Learners enrolled in each course (from Enrolled on the feed). */
@ApplicationScoped
public class EnrollmentTable {

    private static final String RECORD = "INSERT INTO course_enrollments (course_id, user_id, enrolled_at)"
            + " VALUES ($1, $2, $3) ON CONFLICT (course_id, user_id) DO NOTHING";
    private static final String LEARNERS = "SELECT user_id FROM course_enrollments WHERE course_id = $1 ORDER BY user_id";

    public Uni<Void> record(SqlClient client, UUID courseId, long userId, Instant enrolledAt) {
        return client.preparedQuery(RECORD).execute(Tuple.of(courseId, userId, enrolledAt.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    public Uni<List<Long>> learners(SqlClient client, UUID courseId) {
        return client.preparedQuery(LEARNERS).execute(Tuple.of(courseId)).map(rows -> {
            List<Long> users = new ArrayList<>();
            for (Row row : rows) {
                users.add(row.getLong("user_id"));
            }
            return users;
        });
    }
}
