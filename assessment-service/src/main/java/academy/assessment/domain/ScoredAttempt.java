package academy.assessment.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One scored attempt as the grading method sees it. */
public record ScoredAttempt(UUID attemptId, int attemptNumber, BigDecimal percent) {
}
