package academy.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/** What scoring an attempt yields, before it becomes an AttemptScored event. */
public record AttemptScore(BigDecimal score, BigDecimal maxScore, BigDecimal percent, boolean passed,
                           List<QuestionResult> results) {
}
