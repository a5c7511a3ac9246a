package academy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LevelsTest {

    @Test
    void levelsFollowTheSquareRootOfHundredsOfXp() {
        assertThat(Levels.levelFor(0)).isEqualTo(1);
        assertThat(Levels.levelFor(99)).isEqualTo(1);
        assertThat(Levels.levelFor(100)).isEqualTo(2);
        assertThat(Levels.levelFor(399)).isEqualTo(2);
        assertThat(Levels.levelFor(400)).isEqualTo(3);
        assertThat(Levels.levelFor(899)).isEqualTo(3);
        assertThat(Levels.levelFor(900)).isEqualTo(4);
    }

    @Test
    void tenThousandTotalXpIsLevelElevenWhateverTheWeek() {
        assertThat(Levels.levelFor(9_999)).isEqualTo(10);
        assertThat(Levels.levelFor(10_000)).isEqualTo(11);
    }

    @Test
    void aLevelStartsWhereTheRuleSaysItDoes() {
        for (int level = 1; level < 200; level++) {
            long start = Levels.xpForLevel(level);
            assertThat(Levels.levelFor(start)).isEqualTo(level);
            if (start > 0) {
                assertThat(Levels.levelFor(start - 1)).isEqualTo(level - 1);
            }
        }
    }

    @Test
    void hugeTotalsDoNotSufferFromFloatingPointRoots() {
        long level = 3_000_000L;
        long start = 100 * (level - 1) * (level - 1);
        assertThat(Levels.levelFor(start)).isEqualTo((int) level);
        assertThat(Levels.levelFor(start - 1)).isEqualTo((int) level - 1);
    }

    @Test
    void negativeXpIsRefused() {
        assertThatThrownBy(() -> Levels.levelFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
