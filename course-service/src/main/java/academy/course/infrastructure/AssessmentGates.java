package academy.course.infrastructure;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Which courses an assessment gates; an upsert per module, so re-attaching replaces. */
@ApplicationScoped
public class AssessmentGates {

    private static final String ATTACH = "INSERT INTO course_assessment_gates (course_id, module_id, assessment_id)"
            + " VALUES ($1, $2, $3) ON CONFLICT (course_id, module_id) DO UPDATE SET assessment_id = excluded.assessment_id";
    private static final String COURSES =
            "SELECT DISTINCT course_id FROM course_assessment_gates WHERE assessment_id = $1";

    public Uni<Void> attach(SqlClient client, UUID courseId, UUID moduleId, UUID assessmentId) {
        return client.preparedQuery(ATTACH).execute(Tuple.of(courseId, moduleId, assessmentId)).replaceWithVoid();
    }

    public Uni<List<UUID>> coursesGatedBy(SqlClient client, UUID assessmentId) {
        return client.preparedQuery(COURSES).execute(Tuple.of(assessmentId)).map(rows -> {
            List<UUID> courses = new ArrayList<>();
            for (Row row : rows) {
                courses.add(row.getUUID("course_id"));
            }
            return courses;
        });
    }
}
