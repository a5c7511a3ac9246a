package academy.projector.application;

import academy.projector.infrastructure.feed.ActivitiesHandler;
import academy.projector.infrastructure.feed.CourseStatsHandler;
import academy.projector.infrastructure.feed.DailyActivityHandler;
import academy.projector.infrastructure.feed.DashboardHandler;
import academy.projector.infrastructure.feed.ProgressHandler;
import academy.projector.infrastructure.feed.ProjectionHandler;
import academy.projector.infrastructure.feed.ProjectionMetrics;
import academy.projector.infrastructure.feed.TableNames;
import academy.projector.infrastructure.feed.XpHandler;
import academy.projector.infrastructure.progress.ProgressBroadcast;
import academy.projector.infrastructure.redis.LeaderboardPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
