package academy.projector.application;

import academy.edge.time.AcademyClock;
import academy.projector.application.Views.Leaderboard;
import academy.projector.application.Views.Standing;
import academy.projector.domain.LeaderboardPeriod;
import academy.projector.domain.LeaderboardWeek;
import academy.projector.domain.Ranking;
import academy.rules.Levels;
import academy.projector.infrastructure.cache.BoardSnapshot;
import academy.projector.infrastructure.cache.BoardSnapshots;
import academy.projector.infrastructure.cache.BoardTops;
import academy.projector.infrastructure.redis.BoardPage;
import academy.projector.infrastructure.redis.LeaderboardBoards;
import academy.projector.infrastructure.redis.LeaderboardPublisher;
import academy.projector.infrastructure.sql.XpTotals;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leaderboards: the top from this process's copy (BoardTops, at most a second old) and the
 * caller's standing from Redis in one round trip; while Redis cannot answer (down, or a board not
 * loaded yet), from a bounded in-process copy of the board read from PostgreSQL (BoardSnapshots).
 * A read with {@code ?after} waits for the leaderboard projection, whose Redis writes come before
 * its commit is announced, and then takes the top from Redis too. A level is a function of TOTAL
 * XP: the all-time board's scores are totals; on a weekly board the totals of the learners shown
 * are read from PostgreSQL (one indexed read).
 */
@ApplicationScoped
public class LeaderboardService {

    /** The most entries a caller may ask for: what the held top keeps. */
    public static final int TOP_HELD = 100;

    private final LeaderboardBoards boards;
    private final BoardTops tops;
    private final BoardSnapshots snapshots;
    private final ReadPositions positions;
    private final XpTotals totals;
    private final AcademyClock clock;

    public LeaderboardService(LeaderboardBoards boards, BoardTops tops, BoardSnapshots snapshots,
                              ReadPositions positions, XpTotals totals, AcademyClock clock) {
        this.boards = boards;
        this.totals = totals;
        this.tops = tops;
        this.snapshots = snapshots;
        this.positions = positions;
        this.clock = clock;
    }

    public Uni<Fresh<Leaderboard>> leaderboard(long callerId, LeaderboardPeriod period, int limit, Long after) {
        LocalDate week = period == LeaderboardPeriod.WEEK ? LeaderboardWeek.startOf(clock.now()) : null;
        String board = week == null ? LeaderboardPublisher.allTimeBoard() : LeaderboardPublisher.weekBoard(week);
        return positions.await(after, List.of("leaderboard")).chain(caughtUp -> {
            long waited = System.nanoTime();
            List<long[]> held = after == null ? tops.get(board) : null;
            long ticket = tops.ticket();
            return boards.page(board, held == null ? TOP_HELD : 0, callerId).chain(page -> {
                if (page.isPresent()) {
                    BoardPage standing = page.get();
                    List<long[]> top = held;
                    if (standing.top() != null) {
                        tops.put(board, standing.top(), ticket);
                        top = standing.top();
                    }
                    return Uni.createFrom().item(view(period, week, "redis", first(top, limit), standing.callerXp(),
                            standing.learnersAhead(), callerId));
                }
                return snapshots.board(board, week, after == null ? BoardSnapshots.ANY_AGE : waited)
                        .map(snapshot -> fromSnapshot(period, week, snapshot, limit, callerId));
            }).chain(view -> week == null ? Uni.createFrom().item(view) : withTotalLevels(view))
                    .map(view -> new Fresh<>(view, caughtUp));
        });
    }

    private static Leaderboard fromSnapshot(LeaderboardPeriod period, LocalDate week, BoardSnapshot snapshot, int limit,
                                            long callerId) {
        Long xp = snapshot.xpOf(callerId);
        return view(period, week, "postgresql", snapshot.top(limit), xp, xp == null ? null : snapshot.ahead(xp), callerId);
    }

    private static List<long[]> first(List<long[]> top, int limit) {
        return top.size() <= limit ? top : top.subList(0, limit);
    }

    private static Leaderboard view(LeaderboardPeriod period, LocalDate week, String source, List<long[]> top,
                                    Long callerXp, Long learnersAhead, long callerId) {
        List<Standing> entries = Ranking.top(top).stream()
                .map(s -> new Standing(s.rank(), s.userId(), s.xp(), Levels.levelFor(s.xp()))).toList();
        Standing me = callerXp == null || callerXp <= 0 ? new Standing(null, callerId, 0, Levels.levelFor(0))
                : new Standing(Ranking.rankAbove(learnersAhead), callerId, callerXp, Levels.levelFor(callerXp));
        return new Leaderboard(period.label(), week, source, entries, me);
    }

    /** On a weekly board the shown XP is the week's: levels come from each learner's total XP. */
    private Uni<Leaderboard> withTotalLevels(Leaderboard board) {
        Set<Long> shown = new HashSet<>();
        board.entries().forEach(entry -> shown.add(entry.userId()));
        shown.add(board.me().userId());
        return totals.of(null, shown).map(total -> new Leaderboard(board.period(), board.weekStart(), board.source(),
                board.entries().stream().map(entry -> withLevel(entry, total)).toList(), withLevel(board.me(), total)));
    }

    /** The learner's total XP decides; the board's figure (never more than the total) only if the total is not known. */
    private static Standing withLevel(Standing standing, Map<Long, Long> totalXp) {
        long xp = Math.max(standing.xp(), totalXp.getOrDefault(standing.userId(), 0L));
        return new Standing(standing.rank(), standing.userId(), standing.xp(), Levels.levelFor(xp));
    }
}
