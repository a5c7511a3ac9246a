package academy.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.refusal.Refusal;
import academy.refusal.RefusedException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SittingTest {

    @ParameterizedTest
    @ValueSource(strings = {"-0.0001", "1.0001", "2", "-1"})
    void aScoreOutsideZeroToOneIsRejected(String score) {
        assertThatThrownBy(() -> new Sitting(new BigDecimal(score), 10))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(fieldOf(e)).isEqualTo("score"));
    }

    @Test
    void aScoreWithMoreThanFourDecimalsIsRejected() {
        assertThatThrownBy(() -> new Sitting(new BigDecimal("0.12345"), 10))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(fieldOf(e)).isEqualTo("score"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 86_401, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void aTimeSpentOutsideOneDayIsRejected(int seconds) {
        assertThatThrownBy(() -> new Sitting(new BigDecimal("0.5"), seconds))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(fieldOf(e)).isEqualTo("timeSpent"));
    }

    @Test
    void theBoundariesAreAccepted() {
        assertThat(new Sitting(BigDecimal.ZERO, 0).score()).isEqualByComparingTo("0");
        assertThat(new Sitting(BigDecimal.ONE, 86_400).timeSpentSeconds()).isEqualTo(86_400);
        assertThat(new Sitting(new BigDecimal("0.12340000"), 1).score()).isEqualByComparingTo("0.1234");
    }

    @Test
    void scoresAreKeptInTheirShortestForm() {
        assertThat(new Sitting(new BigDecimal("0.8500"), 1).score()).hasToString("0.85");
        assertThat(new Sitting(new BigDecimal("1.0000"), 1).score()).hasToString("1");
        assertThat(new Sitting(new BigDecimal("0.000"), 1).score()).hasToString("0");
    }

    private static String fieldOf(RefusedException refused) {
        return ((Refusal.Invalid) refused.refusal()).fields().get(0).field();
    }
}
