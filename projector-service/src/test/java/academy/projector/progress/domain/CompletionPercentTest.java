package academy.projector.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionPercentTest {

    @Test
    void percentIsAFractionWithFourDecimalsRoundedDown() {
        assertThat(CompletionPercent.of(1, 3)).isEqualByComparingTo("0.3333");
        assertThat(CompletionPercent.of(2, 3)).isEqualByComparingTo("0.6666");
        assertThat(CompletionPercent.of(3, 3)).isEqualByComparingTo("1");
    }

    @Test
    void aCourseWithoutLessonsIsZeroPercentAndNeverAboveOne() {
        assertThat(CompletionPercent.of(0, 0)).isEqualByComparingTo("0");
        assertThat(CompletionPercent.of(5, 4)).isEqualByComparingTo("1");
    }
}
