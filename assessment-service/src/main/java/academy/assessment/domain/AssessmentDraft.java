package academy.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** An assessment as an admin sent it: anything may be missing or wrong until validated. */
public record AssessmentDraft(String title, List<Question> questions, Integer timeLimitSeconds,
                              Integer gracePeriodSeconds, Integer maxAttempts, Integer minSecondsBetweenAttempts,
                              String gradingMethod, BigDecimal passMark, Boolean shuffleQuestions,
                              Boolean shuffleChoices) {

    /** Fills optional settings with their defaults and gives ids to questions and choices that have none. */
    public AssessmentDraft completed(Supplier<UUID> ids) {
        List<Question> filled = questions == null ? null : new ArrayList<>();
        if (questions != null) {
            for (Question question : questions) {
                filled.add(question == null ? null : completed(question, ids));
            }
        }
        return new AssessmentDraft(title, filled, timeLimitSeconds, or(gracePeriodSeconds, 0), or(maxAttempts, 1),
                or(minSecondsBetweenAttempts, 0), gradingMethod == null ? GradingMethod.HIGHEST.wire() : gradingMethod,
                passMark, shuffleQuestions != null && shuffleQuestions, shuffleChoices != null && shuffleChoices);
    }

    public AssessmentDefined toEvent(UUID assessmentId, long definedBy, Instant definedAt) {
        return new AssessmentDefined(assessmentId, title.strip(), List.copyOf(questions), timeLimitSeconds,
                gracePeriodSeconds, maxAttempts, minSecondsBetweenAttempts, gradingMethod, passMark,
                shuffleQuestions, shuffleChoices, definedBy, definedAt);
    }

    private static Question completed(Question question, Supplier<UUID> ids) {
        List<Choice> choices = question.choices() == null ? null : question.choices().stream()
                .map(choice -> choice == null || choice.choiceId() != null ? choice
                        : new Choice(ids.get(), choice.text()))
                .toList();
        BigDecimal tolerance = question.tolerance() == null && QuestionType.NUMERIC.wire().equals(question.type())
                ? BigDecimal.ZERO : question.tolerance();
        return new Question(question.questionId() == null ? ids.get() : question.questionId(), question.type(),
                question.prompt(), question.points() == null ? BigDecimal.ONE : question.points(), choices,
                question.correctChoiceIds(), question.numericAnswer(), tolerance, question.acceptedAnswers());
    }

    private static Integer or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
