package academy.course.infrastructure;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Assessments defined in assessment-service, as seen on the feed (AssessmentDefined). */
@ApplicationScoped
public class KnownAssessments {

    private static final String RECORD = "INSERT INTO course_known_assessments (assessment_id, defined_at)"
            + " VALUES ($1, $2) ON CONFLICT (assessment_id) DO NOTHING";
    private static final String EXISTS = "SELECT 1 FROM course_known_assessments WHERE assessment_id = $1";

    private final Pool pool;

    public KnownAssessments(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> record(SqlClient client, UUID assessmentId, Instant definedAt) {
        return client.preparedQuery(RECORD)
                .execute(Tuple.of(assessmentId, definedAt == null ? null : definedAt.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    public Uni<Boolean> exists(UUID assessmentId) {
        return pool.preparedQuery(EXISTS).execute(Tuple.of(assessmentId)).map(rows -> rows.size() > 0);
    }
}
