package academy.assessment.domain;

import java.util.List;

/** The rules of the stream {@code assessment-{assessmentId}}: a definition is written once. */
public final class AssessmentDecider {

    private AssessmentDecider() {
    }

    public static List<AssessmentEvent> decide(DefineAssessment command, AssessmentDefined current) {
        if (current != null) {
            throw AssessmentRejected.conflict("assessment " + command.assessmentId() + " is already defined");
        }
        List<Violation> violations = DefinitionRules.violations(command.draft());
        if (!violations.isEmpty()) {
            throw AssessmentRejected.invalid(violations);
        }
        return List.of(command.draft().toEvent(command.assessmentId(), command.definedBy(), command.now()));
    }

    public static AssessmentDefined evolve(AssessmentDefined current, AssessmentEvent event) {
        return event instanceof AssessmentDefined defined && current == null ? defined : current;
    }
}
