package academy.projector.leaderboard.infrastructure;

import academy.edge.time.AcademyClock;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import academy.projector.leaderboard.domain.LeaderboardWeek;

/**
 * Keeps the Redis boards whole: a board whose completeness marker is missing (Redis restarted
 * or was flushed) or that missed writes while Redis was down is loaded again from PostgreSQL.
 */
@ApplicationScoped
public class LeaderboardRepair {

    private final LeaderboardBoards boards;
    private final LeaderboardPublisher publisher;
    private final XpTotals totals;
    private final AcademyClock clock;
    private final BoardTops tops;

    public LeaderboardRepair(LeaderboardBoards boards, LeaderboardPublisher publisher, XpTotals totals,
                             AcademyClock clock, BoardTops tops) {
        this.boards = boards;
        this.publisher = publisher;
        this.totals = totals;
        this.clock = clock;
        this.tops = tops;
    }

    @Scheduled(every = "${academy.projector.leaderboard-repair-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        boolean missedWrites = publisher.takeRepairNeeded();
        LocalDate week = LeaderboardWeek.startOf(clock.now());
        return repair(null, missedWrites).chain(() -> repair(week, missedWrites))
                .onFailure().invoke(failure -> {
                    publisher.requestRepair();
                    Log.debugf("leaderboard repair postponed: %s", failure.getMessage());
                })
                .onFailure().recoverWithNull();
    }

    /** Loads both current boards again from PostgreSQL; {@code replace} drops what Redis held first. */
    public Uni<Void> reload(boolean replace) {
        LocalDate week = LeaderboardWeek.startOf(clock.now());
        return load(null, replace).chain(() -> load(week, replace));
    }

    private Uni<Void> repair(LocalDate week, boolean missedWrites) {
        String board = week == null ? LeaderboardPublisher.allTimeBoard() : LeaderboardPublisher.weekBoard(week);
        return boards.isLoaded(board).chain(loaded -> {
            if (loaded == null) {
                if (missedWrites) {
                    publisher.requestRepair();
                }
                return Uni.createFrom().voidItem();
            }
            return loaded && !missedWrites ? Uni.createFrom().voidItem() : load(week, false);
        });
    }

    private Uni<Void> load(LocalDate week, boolean replace) {
        String board = week == null ? LeaderboardPublisher.allTimeBoard() : LeaderboardPublisher.weekBoard(week);
        Duration ttl = week == null ? null : LeaderboardPublisher.WEEK_BOARD_TTL;
        return totals.board(week).chain(scores -> boards.load(board, scores, ttl, replace)).invoke(loaded -> {
            if (!loaded) {
                publisher.requestRepair();
            } else {
                tops.drop(board);
                Log.debugf("leaderboard %s loaded from PostgreSQL", board);
            }
        }).replaceWithVoid();
    }
}
