package academy.assessment.api;

import academy.assessment.domain.AssessmentDraft;
import academy.assessment.domain.Question;
import java.math.BigDecimal;
import java.util.List;

/** Body of {@code POST /assessments}: the fields of AssessmentDefined an admin chooses (docs/events.md). */
public record AssessmentRequest(String title, List<Question> questions, Integer timeLimitSeconds,
                                Integer gracePeriodSeconds, Integer maxAttempts, Integer minSecondsBetweenAttempts,
                                String gradingMethod, BigDecimal passMark, Boolean shuffleQuestions,
                                Boolean shuffleChoices) {

    public AssessmentDraft toDraft() {
        return new AssessmentDraft(title, questions, timeLimitSeconds, gracePeriodSeconds, maxAttempts,
                minSecondsBetweenAttempts, gradingMethod, passMark, shuffleQuestions, shuffleChoices);
    }
}
