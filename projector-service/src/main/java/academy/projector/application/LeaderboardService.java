package academy.projector.application;

import academy.edge.time.AcademyClock;
import academy.projector.application.Views.Leaderboard;
import academy.projector.application.Views.Standing;
import academy.projector.domain.LeaderboardPeriod;
import academy.projector.domain.LeaderboardWeek;
import academy.projector.domain.DisplayNames;
import academy.projector.domain.Levels;
import academy.projector.domain.Ranking;
import academy.projector.infrastructure.redis.BoardPage;
import academy.projector.infrastructure.redis.LeaderboardBoards;
import academy.projector.infrastructure.redis.LeaderboardPublisher;
import academy.projector.infrastructure.sql.XpTotals;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
    private final DisplayNames names;

    public LeaderboardService(LeaderboardBoards boards, XpTotals totals, ReadPositions positions, AcademyClock clock,
                              @ConfigProperty(name = "academy.projector.display-name-key") String displayNameKey) {
        this.boards = boards;
        this.totals = totals;
        this.positions = positions;
        this.clock = clock;
        this.names = new DisplayNames(displayNameKey);
    }

    public Uni<Leaderboard> leaderboard(long callerId, LeaderboardPeriod period, int limit, Long after) {
        LocalDate week = period == LeaderboardPeriod.WEEK ? LeaderboardWeek.startOf(clock.now()) : null;
        String board = week == null ? LeaderboardPublisher.allTimeBoard() : LeaderboardPublisher.weekBoard(week);
        return positions.await(after, List.of("leaderboard"))
                .chain(() -> after == null ? boards.page(board, limit, callerId)
                        : Uni.createFrom().item(Optional.<BoardPage>empty()))
                .chain(page -> page.isPresent()
                        ? Uni.createFrom().item(view(period, week, "redis", page.get(), callerId))
                        : fromDatabase(callerId, week, limit).map(p -> view(period, week, "postgresql", p, callerId)));
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

    /** Other learners appear by their anonymous label only; the caller also sees their own id. */
    private Leaderboard view(LeaderboardPeriod period, LocalDate week, String source, BoardPage page, long callerId) {
        List<Standing> entries = Ranking.top(page.top()).stream()
                .map(s -> new Standing(s.rank(), s.userId() == callerId ? callerId : null, names.of(s.userId()), s.xp(),
                        s.level())).toList();
        Standing me = page.callerXp() == null ? new Standing(null, callerId, names.of(callerId), 0, Levels.levelFor(0))
                : new Standing(Ranking.rankAbove(page.learnersAhead()), callerId, names.of(callerId), page.callerXp(),
                        Levels.levelFor(page.callerXp()));
        return new Leaderboard(period.label(), week, source, entries, me);
    }
}
