package academy.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The score of one submitted attempt; {@code passed} judges this attempt alone. */
public record AttemptScored(UUID attemptId, UUID assessmentId, long userId, BigDecimal score, BigDecimal maxScore,
                            BigDecimal percent, boolean passed, List<QuestionResult> results, Instant scoredAt)
        implements AttemptEvent {
}
