package academy.assessment.domain;

import java.time.Instant;
import java.util.UUID;

/** An admin defines a new assessment from a {@link AssessmentDraft#completed completed} draft. */
public record DefineAssessment(UUID assessmentId, AssessmentDraft draft, long definedBy, Instant now) {
}
