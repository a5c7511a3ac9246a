package academy.projector.leaderboard.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fallback reads a board once however many requests ask, and at most one more for readers who need a newer one. */
class BoardSnapshotsTest {

    private final List<UniEmitter<? super Map<Long, Long>>> reads = new ArrayList<>();
    private final BoardSnapshots snapshots = new BoardSnapshots(new XpTotals(null) {
        @Override
        public Uni<Map<Long, Long>> board(LocalDate week) {
            return Uni.createFrom().emitter(reads::add);
        }
    }, Duration.ofSeconds(5));

    @Test
    void many_requests_while_a_read_runs_share_it_and_later_ones_are_answered_from_memory() {
        List<BoardSnapshot> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            snapshots.board("all", null, BoardSnapshots.ANY_AGE).subscribe().with(answers::add);
        }
        assertThat(reads).hasSize(1);

        reads.get(0).complete(Map.of(1L, 10L));
        snapshots.board("all", null, BoardSnapshots.ANY_AGE).subscribe().with(answers::add);

        assertThat(answers).hasSize(101);
        assertThat(reads).hasSize(1);
    }

    @Test
    void readers_that_need_a_newer_copy_share_one_read_queued_behind_the_running_one() {
        snapshots.board("all", null, BoardSnapshots.ANY_AGE).subscribe().with(ignored -> { });
        long waited = System.nanoTime();
        List<BoardSnapshot> fresh = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            snapshots.board("all", null, waited).subscribe().with(fresh::add);
        }
        assertThat(reads).hasSize(1);

        reads.get(0).complete(Map.of(1L, 10L));
        assertThat(reads).hasSize(2);
        assertThat(fresh).isEmpty();
        reads.get(1).complete(Map.of(1L, 20L));

        assertThat(fresh).hasSize(50).allSatisfy(board -> assertThat(board.xpOf(1L)).isEqualTo(20L));
    }
}
