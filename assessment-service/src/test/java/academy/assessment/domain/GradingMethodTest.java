package academy.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingMethodTest {

    // Listed out of order on purpose: grading goes by attempt number, not by list position.
    private static final List<ScoredAttempt> SCORED = List.of(
            new ScoredAttempt(Quizzes.id("2"), 2, new BigDecimal("0.9")),
            new ScoredAttempt(Quizzes.id("1"), 1, new BigDecimal("0.4")),
            new ScoredAttempt(Quizzes.id("3"), 3, new BigDecimal("0.5")));

    @Test
    void highestTakesTheBestAttempt() {
        assertThat(GradingMethod.HIGHEST.grade(SCORED)).isEqualByComparingTo("0.9");
    }

    @Test
    void averageTakesTheMeanFlooredToFourDecimals() {
        assertThat(GradingMethod.AVERAGE.grade(SCORED)).isEqualByComparingTo("0.6");
        assertThat(GradingMethod.AVERAGE.grade(List.of(
                new ScoredAttempt(Quizzes.id("1"), 1, new BigDecimal("1")),
                new ScoredAttempt(Quizzes.id("2"), 2, new BigDecimal("0")),
                new ScoredAttempt(Quizzes.id("3"), 3, new BigDecimal("0"))))).isEqualByComparingTo("0.3333");
    }

    @Test
    void firstTakesTheLowestAttemptNumber() {
        assertThat(GradingMethod.FIRST.grade(SCORED)).isEqualByComparingTo("0.4");
    }

    @Test
    void lastTakesTheHighestAttemptNumber() {
        assertThat(GradingMethod.LAST.grade(SCORED)).isEqualByComparingTo("0.5");
    }

    @Test
    void methodsAreKnownByTheirPublishedNames() {
        assertThat(GradingMethod.fromWire("average")).isEqualTo(GradingMethod.AVERAGE);
        assertThat(GradingMethod.fromWire("AVERAGE")).isNull();
    }
}
