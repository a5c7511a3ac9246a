package academy.course.infrastructure;

import academy.course.domain.LearnerEvent.AssessmentPassed;
import academy.course.domain.LearnerEvent.LessonCompleted;
import academy.course.domain.LearnerProgress;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Completions and passes per learner. Rows are only ever added: a later failure removes nothing. */
@ApplicationScoped
public class LearnerProgressTable {

    private static final String COMPLETIONS =
            "SELECT lesson_id FROM course_lesson_completions WHERE user_id = $1 AND course_id = $2";
    private static final String PASSES = "SELECT assessment_id FROM course_assessment_passes WHERE user_id = $1";
    private static final String RECORD_COMPLETION = "INSERT INTO course_lesson_completions"
            + " (user_id, lesson_id, course_id, completed_at) VALUES ($1, $2, $3, $4)"
            + " ON CONFLICT (user_id, lesson_id) DO NOTHING";
    private static final String RECORD_PASS = "INSERT INTO course_assessment_passes"
            + " (user_id, assessment_id, passed_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, assessment_id) DO NOTHING";

    public Uni<LearnerProgress> load(SqlClient client, long userId, UUID courseId) {
        Uni<Set<UUID>> lessons = client.preparedQuery(COMPLETIONS).execute(Tuple.of(userId, courseId))
                .map(rows -> ids(rows, "lesson_id"));
        return lessons.chain(completed -> client.preparedQuery(PASSES).execute(Tuple.of(userId))
                .map(rows -> new LearnerProgress(completed, ids(rows, "assessment_id"))));
    }

    public Uni<Void> record(SqlClient client, LessonCompleted e) {
        return client.preparedQuery(RECORD_COMPLETION)
                .execute(Tuple.of(e.userId(), e.lessonId(), e.courseId(), e.completedAt().atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    public Uni<Void> record(SqlClient client, AssessmentPassed e) {
        return client.preparedQuery(RECORD_PASS)
                .execute(Tuple.of(e.userId(), e.assessmentId(), e.decidedAt().atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    private static Set<UUID> ids(Iterable<Row> rows, String column) {
        Set<UUID> ids = new HashSet<>();
        for (Row row : rows) {
            ids.add(row.getUUID(column));
        }
        return ids;
    }
}
