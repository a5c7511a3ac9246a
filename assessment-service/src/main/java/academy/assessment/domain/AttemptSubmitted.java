package academy.assessment.domain;

import java.time.Instant;
import java.util.UUID;

/** The attempt is closed; {@code automatic} when the server closed it after {@code acceptUntil}. */
public record AttemptSubmitted(UUID attemptId, UUID assessmentId, long userId, boolean automatic,
                               Instant submittedAt) implements AttemptEvent {
}
