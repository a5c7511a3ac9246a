package academy.assessment.infrastructure;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code assessment_gates}: which modules an assessment gates. A module has one assessment; re-attaching replaces it. */
@ApplicationScoped
public class GateTable {

    private final Pool pool;

    public GateTable(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> attach(SqlClient client, ModuleGate gate) {
        return client.preparedQuery("""
                        INSERT INTO assessment_gates (course_id, module_id, assessment_id) VALUES ($1, $2, $3)
                        ON CONFLICT (course_id, module_id) DO UPDATE SET assessment_id = EXCLUDED.assessment_id
                        """)
                .execute(Tuple.of(gate.courseId(), gate.moduleId(), gate.assessmentId())).replaceWithVoid();
    }

    public Uni<List<ModuleGate>> gatesOf(UUID assessmentId) {
        return pool.preparedQuery("SELECT course_id, module_id FROM assessment_gates WHERE assessment_id = $1")
                .execute(Tuple.of(assessmentId))
                .map(rows -> {
                    List<ModuleGate> gates = new ArrayList<>();
                    for (Row row : rows) {
                        gates.add(new ModuleGate(row.getUUID("course_id"), row.getUUID("module_id"), assessmentId));
                    }
                    return gates;
                });
    }
}
