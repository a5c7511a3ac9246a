package academy.assessment.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Points per question and per attempt. Every value is summed exactly (fractions, see
 * {@link ExactPoints}) and floored to 4 decimals once, at the end; pass/fail compares the exact
 * fraction with the pass mark, so rounding never changes it, in either direction.
 */
public final class Scoring {

    public static final int SCALE = 4;

    private Scoring() {
    }

    public static QuestionResult score(Question question, Answer answer) {
        ExactPoints earned = exact(question, answer);
        return new QuestionResult(question.questionId(), earned.floor(SCALE).stripTrailingZeros(), question.points(),
                earned.isFull(question.points()));
    }

    private static ExactPoints exact(Question question, Answer answer) {
        return answer == null ? ExactPoints.ZERO : earned(question, answer);
    }

    /** The attempt's score over every question of the assessment, in authored order. */
    public static AttemptScore scoreAttempt(AssessmentDefined assessment, Map<UUID, Answer> answers) {
        List<QuestionResult> results = assessment.questions().stream()
                .map(question -> score(question, answers.get(question.questionId())))
                .toList();
        ExactPoints total = assessment.questions().stream()
                .map(question -> exact(question, answers.get(question.questionId())))
                .reduce(ExactPoints.ZERO, ExactPoints::plus);
        BigDecimal maxScore = results.stream().map(QuestionResult::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = total.floor(SCALE).stripTrailingZeros();
        BigDecimal percent = total.ratioFloor(maxScore, SCALE);
        return new AttemptScore(score, maxScore, percent, total.reaches(assessment.passMark(), maxScore), results);
    }

    private static ExactPoints earned(Question question, Answer answer) {
        QuestionType type = question.kind();
        if (type == QuestionType.SINGLE_CHOICE) {
            boolean right = answer.choiceIds() != null && answer.choiceIds().size() == 1
                    && question.correctChoiceIds().contains(answer.choiceIds().get(0));
            return right ? ExactPoints.of(question.points()) : ExactPoints.ZERO;
        }
        if (type == QuestionType.MULTIPLE_CHOICE) {
            return partialCredit(question, answer.choiceIds() == null ? Set.of() : new HashSet<>(answer.choiceIds()));
        }
        if (type == QuestionType.NUMERIC) {
            boolean within = answer.number() != null
                    && answer.number().subtract(question.numericAnswer()).abs().compareTo(tolerance(question)) <= 0;
            return within ? ExactPoints.of(question.points()) : ExactPoints.ZERO;
        }
        return ShortText.matches(answer.text(), question.acceptedAnswers()) ? ExactPoints.of(question.points())
                : ExactPoints.ZERO;
    }

    /**
     * Each correct choice picked earns points / #correct; each wrong choice picked takes away
     * points / #wrong, so picking every choice earns 0. Never below 0.
     */
    private static ExactPoints partialCredit(Question question, Set<UUID> picked) {
        Set<UUID> correct = Set.copyOf(question.correctChoiceIds());
        long wrongChoices = question.choices().size() - correct.size();
        long right = picked.stream().filter(correct::contains).count();
        long wrong = picked.stream().filter(id -> !correct.contains(id) && question.hasChoice(id)).count();
        if (right == correct.size() && wrong == 0) {
            return ExactPoints.of(question.points());
        }
        // right/#correct - wrong/#wrong as one fraction, divided once so 2 of 3 on 3 points is exactly 2.
        long denominator = wrongChoices == 0 ? correct.size() : correct.size() * wrongChoices;
        long numerator = wrongChoices == 0 ? right : right * wrongChoices - wrong * correct.size();
        if (numerator <= 0) {
            return ExactPoints.ZERO;
        }
        return ExactPoints.ofShare(question.points(), numerator, denominator);
    }

    private static BigDecimal tolerance(Question question) {
        return question.tolerance() == null ? BigDecimal.ZERO : question.tolerance();
    }
}
