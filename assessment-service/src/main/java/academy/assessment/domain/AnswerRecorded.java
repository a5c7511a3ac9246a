package academy.assessment.domain;

import java.time.Instant;
import java.util.UUID;

/** The latest answer to a question replaces earlier ones. */
public record AnswerRecorded(UUID attemptId, UUID assessmentId, UUID questionId, long userId, Answer answer,
                             Instant recordedAt) implements AttemptEvent {
}
