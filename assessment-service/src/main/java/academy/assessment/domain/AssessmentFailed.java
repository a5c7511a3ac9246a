package academy.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The final grade is below the pass mark. */
public record AssessmentFailed(long userId, UUID assessmentId, UUID attemptId, BigDecimal grade,
                               String gradingMethod, BigDecimal passMark, int attemptsGraded, Instant decidedAt)
        implements AssessmentGraded {
}
