package academy.assessment.api;

import academy.assessment.application.AttemptOutcome;
import academy.assessment.domain.AttemptScored;
import academy.assessment.domain.QuestionResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A scored attempt: points per question and whether each was fully correct, never the correct answers. */
public record ResultView(UUID attemptId, UUID assessmentId, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
                         boolean passed, boolean automatic, Instant submittedAt, List<QuestionResult> results,
                         GradeView finalGrade, long position) {

    public static ResultView of(AttemptOutcome outcome) {
        AttemptScored scored = outcome.state().scored();
        if (scored == null) {
            return null;
        }
        return new ResultView(scored.attemptId(), scored.assessmentId(), scored.score(), scored.maxScore(),
                scored.percent(), scored.passed(), outcome.state().submitted().automatic(),
                outcome.state().submitted().submittedAt(), scored.results(), GradeView.of(outcome.grade()),
                outcome.position());
    }
}
