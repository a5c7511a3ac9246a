package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.Poll;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where subscriptions stand, read from PostgreSQL in feed order: what ?after and the operators' overview ask. */
class SubscriptionPositionsTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    StoreHarness harness;
    SubscriptionPositions positions;
    EventFeed feed;

    @BeforeEach
    void start() {
        harness = StoreHarness.migrated();
        harness.pool.query(RecordingHandler.SCHEMA).execute().await().atMost(StoreHarness.TIMEOUT);
        positions = new SubscriptionPositions(harness.pool);
    }

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.stop().await().atMost(StoreHarness.TIMEOUT);
        }
        harness.close();
    }

    boolean passed(String subscription, long position) {
        return positions.passed(List.of(subscription), position).await().atMost(StoreHarness.TIMEOUT);
    }

    Map<String, FeedPosition> pending(long position, String subscription, List<String> types) {
        return positions.pending(position, Map.of(subscription, types)).await().atMost(StoreHarness.TIMEOUT);
    }

    SubscriptionStatus status(String subscription, List<String> types) {
        return positions.status(subscription, types).await().atMost(StoreHarness.TIMEOUT);
    }

    @Test
    void aSubscriptionWithoutACheckpointHasPassedNothingAndOwesTheLastEventOfItsTypes() {
        long wanted = harness.append("p-1", ExpectedVersion.noStream(), StoreHarness.event("Wanted", new JsonObject()))
                .lastPosition();
        long other = harness.append("p-2", ExpectedVersion.noStream(), StoreHarness.event("Other", new JsonObject()))
                .lastPosition();

        assertThat(passed("nobody", wanted)).isFalse();
        assertThat(passed("nobody", other + 1000)).as("no event there: nothing to wait for").isTrue();
        assertThat(pending(other, "nobody", List.of("Wanted"))).containsOnlyKeys("nobody")
                .hasEntrySatisfying("nobody", at -> assertThat(at.globalPosition()).isEqualTo(wanted));
        assertThat(pending(other, "nobody", List.of())).as("no types means every type")
                .hasEntrySatisfying("nobody", at -> assertThat(at.globalPosition()).isEqualTo(other));
        assertThat(pending(other + 1000, "nobody", List.of("Wanted"))).isEmpty();
        assertThat(status("nobody", List.of("Wanted"))).isEqualTo(new SubscriptionStatus(0, null));
    }

    @Test
    void aRunningSubscriptionPassesEveryEventAndAStoppedOneShowsWhatWaits() {
        long first = harness.append("r-1", ExpectedVersion.noStream(), StoreHarness.event("Wanted", new JsonObject()))
                .lastPosition();
        long last = harness.append("r-2", ExpectedVersion.noStream(), StoreHarness.event("Wanted", new JsonObject()))
                .lastPosition();
        feed = harness.newFeed("positions", TestConfig.defaults());
        feed.subscribe("positions-test", new RecordingHandler("positions"));

        Poll.until(WAIT, () -> passed("positions-test", last));
        assertThat(passed("positions-test", first)).isTrue();
        assertThat(pending(last, "positions-test", List.of("Wanted"))).isEmpty();
        assertThat(status("positions-test", List.of("Wanted"))).isEqualTo(new SubscriptionStatus(last, null));

        feed.stop().await().atMost(StoreHarness.TIMEOUT);
        feed = null;
        long waiting = harness.append("r-3", ExpectedVersion.noStream(), StoreHarness.event("Wanted", new JsonObject()))
                .lastPosition();
        assertThat(passed("positions-test", waiting)).isFalse();
        assertThat(pending(waiting, "positions-test", List.of("Wanted")).get("positions-test").globalPosition())
                .isEqualTo(waiting);
        SubscriptionStatus stopped = status("positions-test", List.of("Wanted"));
        assertThat(stopped.position()).isEqualTo(last);
        assertThat(stopped.oldestWaiting()).isNotNull();
        assertThat(status("positions-test", List.of("Other")).oldestWaiting()).as("only its types wait").isNull();
    }
}
