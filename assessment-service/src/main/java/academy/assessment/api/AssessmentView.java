package academy.assessment.api;

import academy.assessment.domain.AssessmentDefined;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An assessment without its answers, in authored order. {@code position} is set on command answers. */
public record AssessmentView(UUID assessmentId, String title, List<PublicQuestion> questions, int timeLimitSeconds,
                             int gracePeriodSeconds, int maxAttempts, int minSecondsBetweenAttempts,
                             String gradingMethod, BigDecimal passMark, boolean shuffleQuestions,
                             boolean shuffleChoices, Instant definedAt, Long position) {

    public static AssessmentView of(AssessmentDefined assessment, Long position) {
        return new AssessmentView(assessment.assessmentId(), assessment.title(),
                assessment.questions().stream().map(PublicQuestion::of).toList(), assessment.timeLimitSeconds(),
                assessment.gracePeriodSeconds(), assessment.maxAttempts(), assessment.minSecondsBetweenAttempts(),
                assessment.gradingMethod(), assessment.passMark(), assessment.shuffleQuestions(),
                assessment.shuffleChoices(), assessment.definedAt(), position);
    }
}
