package academy.projector.application;

import academy.edge.time.AcademyClock;
import academy.projector.application.Views.Leaderboard;
import academy.projector.application.Views.Standing;
import academy.projector.domain.LeaderboardPeriod;
import academy.projector.domain.LeaderboardWeek;
import academy.rules.Levels;
import academy.projector.domain.Ranking;
import academy.projector.infrastructure.redis.BoardPage;
import academy.projector.infrastructure.redis.LeaderboardBoards;
import academy.projector.infrastructure.redis.LeaderboardPublisher;
import academy.projector.infrastructure.sql.XpTotals;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Leaderboards from the Redis sorted sets, or from PostgreSQL when Redis cannot answer (or the
 * caller asked to read their own write with {@code after}: Redis is written just after commit).
 */
@ApplicationScoped
public class LeaderboardService {

    private final LeaderboardBoards boards;
    private final XpTotals totals;
    private final ReadPositions positions;
    private final AcademyClock clock;

    public LeaderboardService(LeaderboardBoards boards, XpTotals totals, ReadPositions positions, AcademyClock clock) {
        this.boards = boards;
        this.totals = totals;
        this.positions = positions;
        this.clock = clock;
    }

    public Uni<Leaderboard> leaderboard(long callerId, LeaderboardPeriod period, int limit, Long after) {
        LocalDate week = period == LeaderboardPeriod.WEEK ? LeaderboardWeek.startOf(clock.now()) : null;
        String board = week == null ? LeaderboardPublisher.allTimeBoard() : LeaderboardPublisher.weekBoard(week);
        return positions.await(after, List.of("leaderboard"))
                .chain(() -> after == null ? boards.page(board, limit, callerId)
                        : Uni.createFrom().item(Optional.<BoardPage>empty()))
                .chain(page -> page.isPresent()
                        ? Uni.createFrom().item(new Sourced("redis", page.get()))
                        : fromDatabase(callerId, week, limit).map(p -> new Sourced("postgresql", p)))
                .chain(sourced -> totalXp(week, sourced.page(), callerId)
                        .map(totals -> view(period, week, sourced, callerId, totals)));
    }

    private record Sourced(String source, BoardPage page) {
    }

    /** A level is a function of TOTAL XP: on the weekly board the totals are read for the learners shown. */
    private Uni<Map<Long, Long>> totalXp(LocalDate week, BoardPage page, long callerId) {
        if (week == null) {
            Map<Long, Long> totals = new HashMap<>();
            page.top().forEach(entry -> totals.put(entry[0], entry[1]));
            if (page.callerXp() != null) {
                totals.put(callerId, page.callerXp());
            }
            return Uni.createFrom().item(totals);
        }
        Set<Long> shown = new HashSet<>();
        page.top().forEach(entry -> shown.add(entry[0]));
        shown.add(callerId);
        return totals.of(null, shown);
    }

    private Uni<BoardPage> fromDatabase(long callerId, LocalDate week, int limit) {
        return Uni.combine().all().unis(totals.top(week, limit), totals.of(week, List.of(callerId))).asTuple()
                .chain(both -> {
                    Long mine = both.getItem2().get(callerId);
                    if (mine == null || mine <= 0) {
                        return Uni.createFrom().item(new BoardPage(both.getItem1(), null, null));
                    }
                    return totals.ahead(week, mine).map(ahead -> new BoardPage(both.getItem1(), mine, ahead));
                });
    }

    private static Leaderboard view(LeaderboardPeriod period, LocalDate week, Sourced sourced, long callerId,
                                    Map<Long, Long> totalXp) {
        BoardPage page = sourced.page();
        List<Standing> entries = Ranking.top(page.top()).stream()
                .map(s -> new Standing(s.rank(), s.userId(), s.xp(), level(totalXp, s.userId(), s.xp()))).toList();
        long callerXp = page.callerXp() == null ? 0 : page.callerXp();
        Integer callerRank = page.callerXp() == null ? null : Ranking.rankAbove(page.learnersAhead());
        Standing me = new Standing(callerRank, callerId, callerXp, level(totalXp, callerId, callerXp));
        return new Leaderboard(period.label(), week, sourced.source(), entries, me);
    }

    /** The learner's total XP decides; the board's figure (never more than the total) only if the total is not known. */
    private static int level(Map<Long, Long> totalXp, long userId, long boardXp) {
        return Levels.levelFor(Math.max(boardXp, totalXp.getOrDefault(userId, 0L)));
    }
}
