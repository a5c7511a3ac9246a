package academy.projector.leaderboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void equalXpSharesARankAndTheNextRankSkips() {
        List<Standing> top = Ranking.top(List.of(new long[] {1, 500}, new long[] {2, 300}, new long[] {3, 300},
                new long[] {4, 100}));

        assertThat(top).extracting(Standing::rank).containsExactly(1, 2, 2, 4);
        assertThat(top).extracting(Standing::userId).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aLearnersRankIsOneMoreThanTheLearnersAhead() {
        assertThat(Ranking.rankAbove(0)).isEqualTo(1);
        assertThat(Ranking.rankAbove(41)).isEqualTo(42);
    }

    @Test
    void anEmptyBoardHasNoStandings() {
        assertThat(Ranking.top(List.of())).isEmpty();
    }
}
