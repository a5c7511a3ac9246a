package academy.projector.leaderboard.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BoardSnapshotTest {

    private final BoardSnapshot board = BoardSnapshot.of(Map.of(1L, 50L, 2L, 80L, 3L, 50L, 10L, 20L, 4L, 0L), 0);

    @Test
    void the_top_is_ordered_like_redis_lists_it() {
        assertThat(board.top(10)).extracting(e -> e[0]).containsExactly(2L, 3L, 1L, 10L);
        assertThat(board.top(2)).extracting(e -> e[1]).containsExactly(80L, 50L);
    }

    @Test
    void a_learners_standing_counts_the_learners_with_more_xp() {
        assertThat(board.xpOf(1L)).isEqualTo(50L);
        assertThat(board.ahead(50)).isEqualTo(1);
        assertThat(board.ahead(20)).isEqualTo(3);
        assertThat(board.ahead(80)).isZero();
    }

    @Test
    void learners_without_xp_are_not_on_the_board() {
        assertThat(board.xpOf(4L)).isNull();
        assertThat(board.xpOf(99L)).isNull();
    }
}
