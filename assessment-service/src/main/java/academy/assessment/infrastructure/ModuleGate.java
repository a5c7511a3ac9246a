package academy.assessment.infrastructure;

import java.util.UUID;

/** A module whose final assessment this is (AssessmentAttached). */
public record ModuleGate(UUID courseId, UUID moduleId, UUID assessmentId) {
}
