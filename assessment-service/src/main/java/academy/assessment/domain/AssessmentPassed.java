package academy.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The final grade reached the pass mark. Authoritative: course-service unlocks on it. */
public record AssessmentPassed(long userId, UUID assessmentId, UUID attemptId, BigDecimal grade,
                               String gradingMethod, BigDecimal passMark, int attemptsGraded, Instant decidedAt)
        implements AssessmentGraded {
}
