package academy.projector.leaderboard.application;

import academy.edge.time.AcademyClock;
import academy.projector.projection.application.Views.Leaderboard;
import academy.projector.projection.application.Views.Standing;
import academy.rules.Levels;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import academy.projector.leaderboard.infrastructure.BoardPage;
import academy.projector.leaderboard.infrastructure.BoardSnapshot;
import academy.projector.leaderboard.infrastructure.BoardSnapshots;
import academy.projector.leaderboard.infrastructure.BoardTops;
import academy.projector.leaderboard.domain.DisplayNames;
import academy.projector.leaderboard.infrastructure.LeaderboardBoards;
import academy.projector.leaderboard.domain.LeaderboardPeriod;
import academy.projector.leaderboard.infrastructure.LeaderboardPublisher;
import academy.projector.leaderboard.domain.LeaderboardWeek;
import academy.projector.projection.application.ProjectorSettings;
import academy.projector.leaderboard.domain.Ranking;
import academy.projector.leaderboard.infrastructure.XpTotals;

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
    private final XpTotals totals;
    private final AcademyClock clock;
    private final DisplayNames names;

    public LeaderboardService(LeaderboardBoards boards, BoardTops tops, BoardSnapshots snapshots,
                              XpTotals totals, AcademyClock clock, ProjectorSettings settings) {
        this.boards = boards;
        this.totals = totals;
        this.tops = tops;
        this.snapshots = snapshots;
        this.clock = clock;
        this.names = new DisplayNames(settings.displayNameKey());
    }

    /**
     * {@code afterOwnWrite}: the read came with {@code ?after} and the leaderboard projection has
     * been waited for, so the top is read from Redis (or a snapshot taken from now on), never the held copy.
     */
    public Uni<Leaderboard> leaderboard(long callerId, LeaderboardPeriod period, int limit, boolean afterOwnWrite) {
        LocalDate week = period == LeaderboardPeriod.WEEK ? LeaderboardWeek.startOf(clock.now()) : null;
        String board = week == null ? LeaderboardPublisher.allTimeBoard() : LeaderboardPublisher.weekBoard(week);
        long waited = System.nanoTime();
        List<long[]> held = afterOwnWrite ? null : tops.get(board);
        long ticket = tops.ticket();
        return boards.page(board, held == null ? TOP_HELD : 0, callerId).chain(page -> {
            if (page.isPresent()) {
                BoardPage standing = page.get();
                List<long[]> top = held;
                if (standing.top() != null) {
                    tops.put(board, standing.top(), ticket);
                    top = standing.top();
                }
                return Uni.createFrom().item(new Standings("redis", first(top, limit), standing.callerXp(),
                        standing.learnersAhead()));
            }
            return snapshots.board(board, week, afterOwnWrite ? waited : BoardSnapshots.ANY_AGE)
                    .map(snapshot -> fromSnapshot(snapshot, limit, callerId));
        }).chain(standings -> totalXp(week, standings, callerId).map(total -> view(period, week, standings, total, callerId)));
    }

    /** A board as read: the top (user id, XP) pairs, the caller's XP and the learners ahead (null: none). */
    private record Standings(String source, List<long[]> top, Long callerXp, Long learnersAhead) {
    }

    private static Standings fromSnapshot(BoardSnapshot snapshot, int limit, long callerId) {
        Long xp = snapshot.xpOf(callerId);
        return new Standings("postgresql", snapshot.top(limit), xp, xp == null ? null : snapshot.ahead(xp));
    }

    private static List<long[]> first(List<long[]> top, int limit) {
        return top.size() <= limit ? top : top.subList(0, limit);
    }

    /**
     * A level is a function of TOTAL XP. The all-time board's scores are totals; on a weekly board
     * the totals of the learners shown are read from PostgreSQL (one indexed read).
     */
    private Uni<Map<Long, Long>> totalXp(LocalDate week, Standings standings, long callerId) {
        if (week == null) {
            return Uni.createFrom().item(Map.of());
        }
        Set<Long> shown = new HashSet<>();
        standings.top().forEach(entry -> shown.add(entry[0]));
        shown.add(callerId);
        return totals.of(null, shown);
    }

    /** Other learners appear by their anonymous label only; the caller also sees their own id. */
    private Leaderboard view(LeaderboardPeriod period, LocalDate week, Standings standings, Map<Long, Long> totalXp,
                             long callerId) {
        List<Standing> entries = Ranking.top(standings.top()).stream()
                .map(s -> new Standing(s.rank(), s.userId() == callerId ? callerId : null, names.of(s.userId()), s.xp(),
                        level(totalXp, s.userId(), s.xp()))).toList();
        Long callerXp = standings.callerXp();
        Standing me = callerXp == null || callerXp <= 0
                ? new Standing(null, callerId, names.of(callerId), 0, level(totalXp, callerId, 0))
                : new Standing(Ranking.rankAbove(standings.learnersAhead()), callerId, names.of(callerId), callerXp,
                        level(totalXp, callerId, callerXp));
        return new Leaderboard(period.label(), week, standings.source(), entries, me);
    }

    /** The learner's total XP decides; the board's figure (never more than the total) only if the total is not known. */
    private static int level(Map<Long, Long> totalXp, long userId, long boardXp) {
        return Levels.levelFor(Math.max(boardXp, totalXp.getOrDefault(userId, 0L)));
    }
}
