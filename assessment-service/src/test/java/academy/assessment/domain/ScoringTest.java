package academy.assessment.domain;

import static academy.assessment.domain.Quizzes.A;
import static academy.assessment.domain.Quizzes.B;
import static academy.assessment.domain.Quizzes.C;
import static academy.assessment.domain.Quizzes.D;
import static academy.assessment.domain.Quizzes.E;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static BigDecimal points(Question question, Answer answer) {
        return Scoring.score(question, answer).points();
    }

    @Test
    void singleChoiceEarnsFullPointsOnlyForTheCorrectChoice() {
        Question question = Quizzes.single("q", "2");

        assertThat(points(question, Answer.choices(List.of(B)))).isEqualByComparingTo("2");
        assertThat(points(question, Answer.choices(List.of(A)))).isEqualByComparingTo("0");
        assertThat(Scoring.score(question, Answer.choices(List.of(B))).correct()).isTrue();
        assertThat(Scoring.score(question, null).correct()).isFalse();
        assertThat(points(question, null)).isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceGivesPartialCreditPerCorrectChoice() {
        Question question = Quizzes.multiple("q", "3");

        assertThat(points(question, Answer.choices(List.of(A, B, C)))).isEqualByComparingTo("3");
        assertThat(points(question, Answer.choices(List.of(A, B)))).isEqualByComparingTo("2");
        assertThat(points(question, Answer.choices(List.of(A)))).isEqualByComparingTo("1");
        assertThat(Scoring.score(question, Answer.choices(List.of(A, B))).correct()).isFalse();
    }

    @Test
    void multipleChoiceWrongChoicesSubtract() {
        Question question = Quizzes.multiple("q", "3");

        // 3/3 right minus 1/2 wrong = 0.5 of 3 points
        assertThat(points(question, Answer.choices(List.of(A, B, C, D)))).isEqualByComparingTo("1.5");
        // 2/3 right minus 1/2 wrong = 1/6 of 3 points
        assertThat(points(question, Answer.choices(List.of(A, B, D)))).isEqualByComparingTo("0.5");
    }

    @Test
    void multipleChoiceNeverGoesBelowZero() {
        Question question = Quizzes.multiple("q", "3");

        assertThat(points(question, Answer.choices(List.of(D, E)))).isEqualByComparingTo("0");
        assertThat(points(question, Answer.choices(List.of(A, D, E)))).isEqualByComparingTo("0");
        assertThat(points(question, Answer.choices(List.of(A, B, C, D, E)))).isEqualByComparingTo("0");
        assertThat(points(question, Answer.choices(List.of()))).isEqualByComparingTo("0");
    }

    @Test
    void multipleChoiceFractionsAreFlooredToFourDecimals() {
        Question question = Quizzes.multiple("q", "1");

        assertThat(points(question, Answer.choices(List.of(A)))).isEqualByComparingTo("0.3333");
    }

    @Test
    void numericAcceptsAnswersWithinTheToleranceInclusive() {
        Question question = Quizzes.numeric("q", "3.14", "0.01");

        assertThat(points(question, Answer.number(new BigDecimal("3.14")))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.number(new BigDecimal("3.15")))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.number(new BigDecimal("3.13")))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.number(new BigDecimal("3.1501")))).isEqualByComparingTo("0");
        assertThat(points(question, Answer.number(new BigDecimal("3.1299")))).isEqualByComparingTo("0");
    }

    @Test
    void numericWithoutToleranceNeedsTheExactValueInAnyScale() {
        Question question = Quizzes.numeric("q", "4", "0");

        assertThat(points(question, Answer.number(new BigDecimal("4.000")))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.number(new BigDecimal("4.0001")))).isEqualByComparingTo("0");
    }

    @Test
    void shortTextIgnoresCaseAndSurroundingSpaces() {
        Question question = Quizzes.shortText("q", "Event Store");

        assertThat(points(question, Answer.text("  event STORE \n"))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.text("event  store"))).isEqualByComparingTo("0");
        assertThat(points(question, Answer.text("event"))).isEqualByComparingTo("0");
    }

    @Test
    void shortTextComparesUnicodeInComposedForm() {
        Question question = Quizzes.shortText("q", "caf\u00e9");

        assertThat(points(question, Answer.text("CAFE\u0301"))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.text("cafe"))).isEqualByComparingTo("0");
    }

    @Test
    void shortTextFoldsSharpS() {
        assertThat(points(Quizzes.shortText("q", "Stra\u00dfe"), Answer.text("STRASSE"))).isEqualByComparingTo("1");
    }

    @Test
    void shortTextAcceptsAnyOfTheAcceptedAnswersButNeverBlank() {
        Question question = Quizzes.shortText("q", "fact", "event");

        assertThat(points(question, Answer.text("Event"))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.text("   "))).isEqualByComparingTo("0");
    }

    @Test
    void anAttemptSumsPointsAndFloorsItsPercent() {
        AssessmentDefined quiz = Quizzes.assessment(List.of(Quizzes.single("q1", "1"), Quizzes.multiple("q2", "1"),
                Quizzes.numeric("q3", "4", "0")));

        AttemptScore score = Scoring.scoreAttempt(quiz, Map.of(
                Quizzes.id("q1"), Answer.choices(List.of(B)),
                Quizzes.id("q2"), Answer.choices(List.of(A, B))));

        assertThat(score.score()).isEqualByComparingTo("1.6666");
        assertThat(score.maxScore()).isEqualByComparingTo("3");
        assertThat(score.percent()).isEqualByComparingTo("0.5555");
        assertThat(score.passed()).isFalse();
        assertThat(score.results()).extracting(QuestionResult::questionId)
                .containsExactly(Quizzes.id("q1"), Quizzes.id("q2"), Quizzes.id("q3"));
        assertThat(score.results()).extracting(QuestionResult::correct).containsExactly(true, false, false);
    }

    @Test
    void shortTextTreatsEveryUnicodeSpaceAsASpace() {
        Question question = Quizzes.shortText("q", "Paris", "New York");

        assertThat(points(question, Answer.text("Paris\u00a0"))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.text("\u2009Paris\u3000"))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.text("\u200bParis"))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.text("New\u00a0York"))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.text("\uff30\uff41\uff52\uff49\uff53"))).isEqualByComparingTo("1");
        assertThat(points(question, Answer.text("\u00a0\u202f"))).isEqualByComparingTo("0");
    }

    @Test
    void partialCreditsAddUpExactlyAndAnAttemptLandingOnThePassMarkPasses() {
        // two multiple-choice questions of 1 point, 3 correct of 4 choices each
        Question first = fourChoices("q1");
        Question second = fourChoices("q2");
        AssessmentDefined quiz = withPassMark(Quizzes.assessment(List.of(first, second)), "0.5");

        AttemptScore score = Scoring.scoreAttempt(quiz, Map.of(
                Quizzes.id("q1"), Answer.choices(List.of(A)),
                Quizzes.id("q2"), Answer.choices(List.of(A, B))));

        // 1/3 + 2/3 = exactly 1 of 2 points: 0.5, not 0.3333 + 0.6666 = 0.9999 (0.4999)
        assertThat(score.score()).isEqualByComparingTo("1");
        assertThat(score.percent()).isEqualByComparingTo("0.5");
        assertThat(score.passed()).isTrue();
        assertThat(score.results()).extracting(QuestionResult::points)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.3333"), new BigDecimal("0.6666"));
    }

    @Test
    void anAttemptJustBelowThePassMarkFails() {
        AssessmentDefined quiz = withPassMark(Quizzes.assessment(List.of(fourChoices("q1"), fourChoices("q2"),
                fourChoices("q3"))), "0.3334");

        // q1 right, nothing else: exactly 1 of 3 points = 0.3333... < 0.3334
        AttemptScore score = Scoring.scoreAttempt(quiz, Map.of(Quizzes.id("q1"), Answer.choices(List.of(A, B, C))));

        assertThat(score.percent()).isEqualByComparingTo("0.3333");
        assertThat(score.passed()).isFalse();
    }

    private static Question fourChoices(String key) {
        return new Question(Quizzes.id(key), "multiple_choice", "Which are facts?", BigDecimal.ONE,
                List.of(new Choice(A, "a"), new Choice(B, "b"), new Choice(C, "c"), new Choice(D, "d")),
                List.of(A, B, C), null, null, null);
    }

    private static AssessmentDefined withPassMark(AssessmentDefined base, String passMark) {
        return new AssessmentDefined(base.assessmentId(), base.title(), base.questions(), base.timeLimitSeconds(),
                base.gracePeriodSeconds(), base.maxAttempts(), base.minSecondsBetweenAttempts(), base.gradingMethod(),
                new BigDecimal(passMark), base.shuffleQuestions(), base.shuffleChoices(), base.definedBy(),
                base.definedAt());
    }

    @Test
    void anAttemptAtThePassMarkPasses() {
        AssessmentDefined quiz = Quizzes.assessment(List.of(Quizzes.single("q1", "7"), Quizzes.single("q2", "3")));

        AttemptScore score = Scoring.scoreAttempt(quiz, Map.of(Quizzes.id("q1"), Answer.choices(List.of(B))));

        assertThat(score.percent()).isEqualByComparingTo("0.7");
        assertThat(score.passed()).isTrue();
    }
}
