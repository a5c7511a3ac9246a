package academy.projector.dashboard.application;

import academy.edge.time.AcademyClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import academy.projector.dashboard.infrastructure.DashboardRows;

/**
 * The gauge {@code academy.active.streaks}: learners whose streak is alive today, by the
 * dashboard's own streak rules and the academy clock. A scrape reads a number counted at most 30
 * seconds before (the day turns at a different hour in every zone, so the count is refreshed on
 * a timer, never computed per scrape); the count reads only the streaks that can still be alive.
 */
@Startup
@ApplicationScoped
public class ActiveStreaks {

    public static final String METER = "academy.active.streaks";

    private final DashboardRows rows;
    private final AcademyClock clock;
    private final AtomicLong active = new AtomicLong();

    public ActiveStreaks(DashboardRows rows, AcademyClock clock, MeterRegistry registry) {
        this.rows = rows;
        this.clock = clock;
        Gauge.builder(METER, active, AtomicLong::get)
                .description("Learners whose streak is alive today, as the read models know it (counted every 30 s)")
                .register(registry);
    }

    @Scheduled(every = "30s", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onTimer() {
        return refresh().replaceWithVoid().onFailure().invoke(failure ->
                Log.debugf("active streaks not counted this time: %s", failure.getMessage())).onFailure().recoverWithNull();
    }

    /** Counts again now; the gauge shows the new count once this completes. */
    public Uni<Long> refresh() {
        Instant now = clock.now();
        return rows.streaksMaybeAlive(now.atZone(ZoneOffset.UTC).toLocalDate())
                .map(streaks -> streaks.stream().filter(streak -> streak.isAlive(now)).count())
                .invoke(active::set);
    }
}
