package academy.projector.leaderboard.infrastructure;

import academy.projector.leaderboard.infrastructure.LeaderboardBoards.BoardScores;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * After a batch committed: the touched learners' totals are read from PostgreSQL and written to
 * the sorted sets as absolute scores (never ZINCRBY), so redelivery or a retry changes nothing.
 * A write that Redis refused marks the boards for repair. This process's copies of the boards'
 * tops are dropped once Redis holds the new scores.
 */
@ApplicationScoped
public class LeaderboardPublisher {

    /** A week's board stays a week after the week ended, for late readers. */
    public static final Duration WEEK_BOARD_TTL = Duration.ofDays(14);

    private final XpTotals totals;
    private final LeaderboardBoards boards;
    private final BoardTops tops;
    private final AtomicBoolean repairNeeded = new AtomicBoolean();

    public LeaderboardPublisher(XpTotals totals, LeaderboardBoards boards, BoardTops tops) {
        this.totals = totals;
        this.boards = boards;
        this.tops = tops;
    }

    public static String allTimeBoard() {
        return "all";
    }

    public static String weekBoard(LocalDate weekStart) {
        return "week:" + weekStart;
    }

    public Uni<Void> publish(Collection<Long> learners, Collection<LocalDate> weeks) {
        if (learners.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // The boards' totals read together, then written to Redis in one pipeline.
        List<Uni<BoardScores>> reads = new ArrayList<>();
        reads.add(totals.of(null, learners).map(scores -> new BoardScores(allTimeBoard(), scores, null)));
        for (LocalDate week : weeks) {
            reads.add(totals.of(week, learners).map(scores -> new BoardScores(weekBoard(week), scores, WEEK_BOARD_TTL)));
        }
        return Uni.join().all(reads).andFailFast().chain(boards::raise).invoke(this::noteFailure)
                .invoke(() -> {
                    tops.drop(allTimeBoard());
                    weeks.forEach(week -> tops.drop(weekBoard(week)));
                })
                .replaceWithVoid();
    }

    /** An erased learner leaves every board; a refused removal has the repair job reload the boards from PostgreSQL. */
    public Uni<Void> remove(Collection<Long> learners) {
        if (learners.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return boards.removeEverywhere(learners).invoke(this::noteFailure).invoke(tops::dropAll).replaceWithVoid();
    }

    /** True once, after a write was refused, so the repair job reloads the boards. */
    public boolean takeRepairNeeded() {
        return repairNeeded.getAndSet(false);
    }

    public void requestRepair() {
        repairNeeded.set(true);
    }

    private void noteFailure(Boolean written) {
        if (!written) {
            repairNeeded.set(true);
        }
    }
}
