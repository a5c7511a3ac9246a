package academy.projector.projection.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The settings of projector-service ({@code academy.projector.*}). A default is written once: here,
 * or in application.properties where an environment variable sets it.
 */
@ConfigMapping(prefix = "academy.projector")
public interface ProjectorSettings {

    /** Lifetime of a dashboard cached in a replica (application.properties: DASHBOARD_CACHE_TTL). */
    Duration dashboardCacheTtl();

    /** Dashboards held per replica (application.properties: DASHBOARD_CACHE_SIZE). */
    long dashboardCacheSize();

    /** How long each replica keeps the top 100 of a leaderboard in memory (refreshed from Redis after). */
    @WithDefault("1S")
    Duration leaderboardTopTtl();

    /**
     * With Redis unable to serve a board: how old the in-memory copy read from PostgreSQL may get
     * before a fresh one is read (one read per board at a time; the old copy serves meanwhile).
     */
    @WithDefault("5S")
    Duration leaderboardFallbackMaxAge();

    /** The key of the leaderboards' anonymous labels (application.properties: ACADEMY_DISPLAY_NAME_KEY). */
    String displayNameKey();

    /** Events per rebuild batch, each its own short transaction (application.properties: EVENT_BATCH_SIZE). */
    int rebuildBatchSize();

    /** How often the leaderboard sorted sets are checked (read by LeaderboardRepair's schedule). */
    Duration leaderboardRepairInterval();
}
