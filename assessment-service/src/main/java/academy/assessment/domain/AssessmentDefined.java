package academy.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The whole definition, answers included; the stream is server-side only. */
public record AssessmentDefined(UUID assessmentId, String title, List<Question> questions, int timeLimitSeconds,
                                int gracePeriodSeconds, int maxAttempts, int minSecondsBetweenAttempts,
                                String gradingMethod, BigDecimal passMark, boolean shuffleQuestions,
                                boolean shuffleChoices, long definedBy, Instant definedAt) implements AssessmentEvent {

    public Optional<Question> question(UUID questionId) {
        return questions.stream().filter(question -> question.questionId().equals(questionId)).findFirst();
    }

    public GradingMethod method() {
        return GradingMethod.fromWire(gradingMethod);
    }
}
