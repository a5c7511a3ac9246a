package academy.assessment.domain;

import academy.refusal.FieldRefusal;
import academy.refusal.RefusedException;
import java.util.List;

/** The rules of the stream {@code assessment-{assessmentId}}: a definition is written once. */
public final class AssessmentDecider {

    private AssessmentDecider() {
    }

    public static List<AssessmentEvent> decide(DefineAssessment command, AssessmentDefined current) {
        if (current != null) {
            throw RefusedException.conflict("assessment " + command.assessmentId() + " is already defined");
        }
        List<FieldRefusal> violations = DefinitionRules.violations(command.draft());
        if (!violations.isEmpty()) {
            throw RefusedException.invalid(violations);
        }
        return List.of(command.draft().toEvent(command.assessmentId(), command.definedBy(), command.now()));
    }

    public static AssessmentDefined evolve(AssessmentDefined current, AssessmentEvent event) {
        return event instanceof AssessmentDefined defined && current == null ? defined : current;
    }
}
