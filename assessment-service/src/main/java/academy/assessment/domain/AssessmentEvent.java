package academy.assessment.domain;

/** Events of the stream {@code assessment-{assessmentId}} (docs/events.md). */
public sealed interface AssessmentEvent permits AssessmentDefined {
}
