package academy.projector.it;

import static org.assertj.core.api.Assertions.assertThat;

import academy.edge.time.AcademyClock;
import academy.edge.time.ControlledClock;
import academy.eventstore.EventStore;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import academy.testing.Metrics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import academy.projector.dashboard.application.ActiveStreaks;
import academy.projector.projection.application.ProjectionCatalogue;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ActiveStreaksMetricTest {

    /** Years after every other test's streak days, so only this fixture's streaks can be alive. */
    private static final Instant NOW = Instant.parse("2031-03-10T12:00:00Z");

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
    @Inject
    ActiveStreaks activeStreaks;

    @Test
    void metricsShowHowManyLearnersHaveAStreakAliveToday() {
        QuarkusMock.installMockForType(new ControlledClock(NOW), AcademyClock.class);
        Feed feed = new Feed(store, positions, catalogue);
        extended(feed, learner(), "2031-03-10", "UTC");
        extended(feed, learner(), "2031-03-09", "UTC");
        extended(feed, learner(), "2031-03-07", "UTC");
        long covered = learner();
        extended(feed, covered, "2031-03-07", "UTC");
        feed.append("streak-" + covered, Feed.event("StreakFreezeEarned", "userId", covered, "day", "2031-03-07",
                "freezesAvailable", 2));
        long reset = learner();
        extended(feed, reset, "2031-03-10", "UTC");
        long last = feed.append("streak-" + reset, Feed.event("StreakReset", "userId", reset, "day", "2031-03-10",
                "previousStreak", 4));
        feed.awaitProjection("dashboard", last);

        // Today, yesterday, and two missed days covered by two freezes: 3. Two missed days
        // without a freeze, and a reset streak, are not alive.
        assertThat(activeStreaks.refresh().await().atMost(Duration.ofSeconds(10))).isEqualTo(3);
        assertThat(Metrics.value("academy_active_streaks")).isEqualTo(3.0);
    }

    private static long learner() {
        return ThreadLocalRandom.current().nextLong(4_294_967_296L, 9_000_000_000_000L);
    }

    private static long extended(Feed feed, long userId, String day, String zone) {
        return feed.append("streak-" + userId, Feed.event("StreakExtended", "userId", userId, "day", day,
                "timeZone", zone, "currentStreak", 4, "longestStreak", 9, "lastActiveDay", day, "lastActiveZone", zone,
                "freezesAvailable", 0));
    }
}
