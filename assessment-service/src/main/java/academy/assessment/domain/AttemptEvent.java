package academy.assessment.domain;

/** Events of the stream {@code attempt-{attemptId}} (docs/events.md). */
public sealed interface AttemptEvent permits AnswerRecorded, AttemptSubmitted, AttemptScored {
}
