package academy.assessment.application;

import academy.assessment.infrastructure.EnrollmentReader;
import academy.assessment.infrastructure.GateTable;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Whether an assessment is open for a learner: a module it gates is unlocked for them. Unknown means locked. */
@ApplicationScoped
public class ModuleGates {

    private final GateTable gates;
    private final EnrollmentReader enrollments;

    public ModuleGates(GateTable gates, EnrollmentReader enrollments) {
        this.gates = gates;
        this.enrollments = enrollments;
    }

    public Uni<Boolean> openFor(long userId, UUID assessmentId) {
        return gates.gatesOf(assessmentId).chain(found -> enrollments.anyModuleOpen(userId, found));
    }
}
