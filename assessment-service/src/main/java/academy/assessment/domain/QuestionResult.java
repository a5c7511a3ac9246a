package academy.assessment.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** Points earned on one question; {@code correct} only for full points. */
public record QuestionResult(UUID questionId, BigDecimal points, BigDecimal maxPoints, boolean correct) {
}
