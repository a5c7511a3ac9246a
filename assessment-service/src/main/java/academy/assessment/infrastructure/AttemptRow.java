package academy.assessment.infrastructure;

import java.util.UUID;

/** Whose attempt it is and of which assessment: enough to find its streams. */
public record AttemptRow(UUID attemptId, long userId, UUID assessmentId) {
}
