package academy.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Points per question and per attempt. Fractions are floored to 4 decimals, so rounding never
 * turns a fail into a pass.
 */
public final class Scoring {

    public static final int SCALE = 4;

    private Scoring() {
    }

    public static QuestionResult score(Question question, Answer answer) {
        BigDecimal earned = answer == null ? BigDecimal.ZERO : earned(question, answer);
        return new QuestionResult(question.questionId(), earned, question.points(),
                earned.compareTo(question.points()) == 0);
    }

    /** The attempt's score over every question of the assessment, in authored order. */
    public static AttemptScore scoreAttempt(AssessmentDefined assessment, Map<UUID, Answer> answers) {
        List<QuestionResult> results = assessment.questions().stream()
                .map(question -> score(question, answers.get(question.questionId())))
                .toList();
        BigDecimal score = results.stream().map(QuestionResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal maxScore = results.stream().map(QuestionResult::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal percent = score.divide(maxScore, SCALE, RoundingMode.DOWN);
        return new AttemptScore(score, maxScore, percent, percent.compareTo(assessment.passMark()) >= 0, results);
    }

    private static BigDecimal earned(Question question, Answer answer) {
        QuestionType type = question.kind();
        if (type == QuestionType.SINGLE_CHOICE) {
            boolean right = answer.choiceIds() != null && answer.choiceIds().size() == 1
                    && question.correctChoiceIds().contains(answer.choiceIds().get(0));
            return right ? question.points() : BigDecimal.ZERO;
        }
        if (type == QuestionType.MULTIPLE_CHOICE) {
            return partialCredit(question, answer.choiceIds() == null ? Set.of() : new HashSet<>(answer.choiceIds()));
        }
        if (type == QuestionType.NUMERIC) {
            boolean within = answer.number() != null
                    && answer.number().subtract(question.numericAnswer()).abs().compareTo(tolerance(question)) <= 0;
            return within ? question.points() : BigDecimal.ZERO;
        }
        return ShortText.matches(answer.text(), question.acceptedAnswers()) ? question.points() : BigDecimal.ZERO;
    }

    /**
     * Each correct choice picked earns points / #correct; each wrong choice picked takes away
     * points / #wrong, so picking every choice earns 0. Never below 0.
     */
    private static BigDecimal partialCredit(Question question, Set<UUID> picked) {
        Set<UUID> correct = Set.copyOf(question.correctChoiceIds());
        long wrongChoices = question.choices().size() - correct.size();
        long right = picked.stream().filter(correct::contains).count();
        long wrong = picked.stream().filter(id -> !correct.contains(id) && question.hasChoice(id)).count();
        if (right == correct.size() && wrong == 0) {
            return question.points();
        }
        // right/#correct - wrong/#wrong as one fraction, divided once so 2 of 3 on 3 points is exactly 2.
        long denominator = wrongChoices == 0 ? correct.size() : correct.size() * wrongChoices;
        long numerator = wrongChoices == 0 ? right : right * wrongChoices - wrong * correct.size();
        if (numerator <= 0) {
            return BigDecimal.ZERO;
        }
        return question.points().multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.DOWN).stripTrailingZeros();
    }

    private static BigDecimal tolerance(Question question) {
        return question.tolerance() == null ? BigDecimal.ZERO : question.tolerance();
    }
}
