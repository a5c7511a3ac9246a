package academy.projector.projection.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import academy.projector.activities.infrastructure.ActivitiesHandler;
import academy.projector.coursestats.infrastructure.CourseStatsHandler;
import academy.projector.daily.infrastructure.DailyActivityHandler;
import academy.projector.dashboard.infrastructure.DashboardHandler;
import academy.projector.leaderboard.infrastructure.LeaderboardPublisher;
import academy.projector.projection.infrastructure.ProgressBroadcast;
import academy.projector.progress.infrastructure.ProgressHandler;
import academy.projector.projection.infrastructure.ProjectionHandler;
import academy.projector.projection.infrastructure.ProjectionMetrics;
import academy.projector.projection.infrastructure.TableNames;
import academy.projector.leaderboard.infrastructure.XpHandler;

/**
 * The projections of this service: each one a feed subscription of its own ("projector-" + name)
 * writing only its own tables, so each can be rebuilt alone.
 */
@ApplicationScoped
public class ProjectionCatalogue {

    public static final String SUBSCRIPTION_PREFIX = ProjectionHandler.SUBSCRIPTION_PREFIX;
    private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put(ProgressHandler.NAME, ProgressHandler.TABLES);
        TABLES.put(ActivitiesHandler.NAME, ActivitiesHandler.TABLES);
        TABLES.put(DashboardHandler.NAME, DashboardHandler.TABLES);
        TABLES.put(XpHandler.NAME, XpHandler.TABLES);
        TABLES.put(CourseStatsHandler.NAME, CourseStatsHandler.TABLES);
        TABLES.put(DailyActivityHandler.NAME, DailyActivityHandler.TABLES);
    }

    private final ProjectionMetrics metrics;
    private final ProgressBroadcast broadcast;
    private final LeaderboardPublisher publisher;
    private final Map<String, ProjectionHandler> live = new LinkedHashMap<>();

    public ProjectionCatalogue(ProjectionMetrics metrics, ProgressBroadcast broadcast, LeaderboardPublisher publisher) {
        this.metrics = metrics;
        this.broadcast = broadcast;
        this.publisher = publisher;
        TABLES.forEach((name, tables) -> live.put(name, create(name, TableNames.live(tables))));
    }

    public List<String> names() {
        return List.copyOf(TABLES.keySet());
    }

    public List<ProjectionHandler> live() {
        return List.copyOf(live.values());
    }

    public Optional<ProjectionHandler> live(String name) {
        return Optional.ofNullable(live.get(name));
    }

    /** A handler writing into the "__rebuild" copies of the projection's tables. */
    public ProjectionHandler forRebuild(String name) {
        return create(name, TableNames.live(TABLES.get(name)).rebuild());
    }

    public static String subscription(String name) {
        return SUBSCRIPTION_PREFIX + name;
    }

    private ProjectionHandler create(String name, TableNames tables) {
        if (ProgressHandler.NAME.equals(name)) {
            return new ProgressHandler(tables, metrics, broadcast);
        }
        if (ActivitiesHandler.NAME.equals(name)) {
            return new ActivitiesHandler(tables, metrics, broadcast);
        }
        if (DashboardHandler.NAME.equals(name)) {
            return new DashboardHandler(tables, metrics, broadcast);
        }
        if (XpHandler.NAME.equals(name)) {
            return new XpHandler(tables, metrics, publisher, broadcast);
        }
        if (CourseStatsHandler.NAME.equals(name)) {
            return new CourseStatsHandler(tables, metrics, broadcast);
        }
        if (DailyActivityHandler.NAME.equals(name)) {
            return new DailyActivityHandler(tables, metrics, broadcast);
        }
        throw new IllegalArgumentException("unknown projection " + name);
    }
}
