package academy.assessment.domain;

/** Events of the stream {@code assessee-{userId}-{assessmentId}} (docs/events.md). */
public sealed interface AssesseeEvent permits AttemptStarted, AssessmentGraded {
}
