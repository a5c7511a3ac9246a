package academy.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LevelsTest {

    @ParameterizedTest
    @CsvSource({"0,1", "99,1", "100,2", "399,2", "400,3", "899,3", "900,4", "1600,5", "9999,10", "10000,11"})
    void levelIsOnePlusTheFloorOfTheRootOfHundreds(long totalXp, int level) {
        assertThat(Levels.levelFor(totalXp)).isEqualTo(level);
    }

    @Test
    void largeTotalsStayExact() {
        long root = 3_037_000_499L / 10;
        assertThat(Levels.levelFor(root * root * 100)).isEqualTo((int) (root + 1));
        assertThat(Levels.levelFor(root * root * 100 - 1)).isEqualTo((int) root);
    }

    @Test
    void aNegativeTotalIsAProgrammingError() {
        assertThatThrownBy(() -> Levels.levelFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
