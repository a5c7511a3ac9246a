package academy.projector.dashboard.application;

import academy.edge.time.AcademyClock;
import academy.projector.projection.application.Views.Dashboard;
import academy.projector.projection.application.Views.Streak;
import academy.projector.projection.application.Views.Xp;
import academy.rules.Levels;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import academy.projector.activities.infrastructure.ActivityRows;
import academy.projector.dashboard.infrastructure.DashboardCache;
import academy.projector.dashboard.infrastructure.DashboardRows;
import academy.projector.leaderboard.domain.LeaderboardWeek;
import academy.projector.dashboard.domain.StreakState;

/**
 * The learner's dashboard: from this process's cache when it holds it, else computed from the
 * read models in PostgreSQL (one connection, five pipelined reads) and cached. The cache entry
 * goes when a projection commits a change for that learner, before {@code ?after} readers
 * wake, so a read after the wait may use the cache too.
 */
@ApplicationScoped
public class DashboardService {

    private static final int RECENT_ACTIVITIES = 5;

    private final DashboardRows rows;
    private final ActivityRows activities;
    private final DashboardCache cache;
    private final AcademyClock clock;
    private final ObjectMapper json;
    private final Pool pool;

    public DashboardService(DashboardRows rows, ActivityRows activities, DashboardCache cache,
                            AcademyClock clock, ObjectMapper json, Pool pool) {
        this.pool = pool;
        this.rows = rows;
        this.activities = activities;
        this.cache = cache;
        this.clock = clock;
        this.json = json;
    }

    /** The dashboard as JSON text (what the cache holds). */
    public Uni<String> dashboardJson(long userId) {
        Optional<String> hit = cache.get(userId);
        if (hit.isPresent()) {
            return Uni.createFrom().item(hit.get());
        }
        long ticket = cache.ticket();
        return compute(userId).map(this::write).invoke(text -> cache.put(userId, text, ticket));
    }

    public Uni<Dashboard> compute(long userId) {
        Instant now = clock.now();
        LocalDate week = LeaderboardWeek.startOf(now);
        // Five reads pipelined on one connection: a dashboard takes one pool slot, not five.
        return pool.withConnection(connection -> Uni.combine().all().unis(rows.streak(connection, userId),
                        rows.xp(connection, userId, week), rows.coursesInProgress(connection, userId),
                        rows.nextLesson(connection, userId), activities.recent(connection, userId, RECENT_ACTIVITIES))
                .asTuple().map(t -> new Dashboard(userId, streak(t.getItem1(), now), xp(t.getItem2(), week),
                        t.getItem3(), t.getItem4().orElse(null), t.getItem5())));
    }

    /** Current streak and freezes left as of today, by the same function /users/me uses. */
    private static Streak streak(StreakState state, Instant now) {
        academy.rules.StreakToday today = state.today(now);
        return new Streak(today.current(), today.longest(), today.freezesAvailable(), state.zone().getId(),
                state.lastDay());
    }

    private static Xp xp(long[] totals, LocalDate week) {
        int level = Levels.levelFor(totals[0]);
        return new Xp(totals[0], level, Levels.xpForLevel(level + 1), totals[1], week);
    }

    private String write(Dashboard dashboard) {
        try {
            return json.writeValueAsString(dashboard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dashboard could not be written as JSON", e);
        }
    }
}
