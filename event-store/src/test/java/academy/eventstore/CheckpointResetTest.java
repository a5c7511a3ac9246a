package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.testing.Poll;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A rebuild sets a subscription's checkpoint with Checkpoints.reset: the running leader goes on from there. */
class CheckpointResetTest {

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

    long epoch(String subscription) {
        return harness.count("SELECT leader_epoch FROM subscription_checkpoints WHERE subscription = '" + subscription + "'");
    }

    void reset(String subscription, FeedPosition to) {
        harness.pool.withTransaction(tx -> Checkpoints.reset(tx, subscription, to)).await().atMost(StoreHarness.TIMEOUT);
    }

    long deliveries(NewEvent event) {
        return harness.count("SELECT coalesce(max(deliveries), 0) FROM seen WHERE event_id = '" + event.eventId() + "'");
    }

    @Test
    void theLeaderLosesItsNextCompareAndSetReloadsTheCheckpointAndGoesOnFromThere() {
        NewEvent one = StoreHarness.event("E", new JsonObject());
        NewEvent two = StoreHarness.event("E", new JsonObject());
        NewEvent three = StoreHarness.event("E", new JsonObject());
        harness.append("reset-1", ExpectedVersion.noStream(), one);
        harness.append("reset-2", ExpectedVersion.noStream(), two);
        harness.append("reset-3", ExpectedVersion.noStream(), three);
        feed = harness.newFeed("reset", TestConfig.defaults());
        FeedSubscription running = feed.subscribe("reset-test", new RecordingHandler("reset"));
        Poll.until(WAIT, () -> deliveries(three) == 1);
        long epochBefore = epoch("reset-test");
        RecordedEvent first = harness.store.findEvent(one.eventId()).await().atMost(StoreHarness.TIMEOUT);

        reset("reset-test", FeedPosition.of(first));
        assertThat(epoch("reset-test")).as("the reset fences the leader").isGreaterThan(epochBefore);
        NewEvent four = StoreHarness.event("E", new JsonObject());
        harness.append("reset-4", ExpectedVersion.noStream(), four);

        Poll.until(WAIT, () -> deliveries(four) == 1);
        assertThat(deliveries(one)).isEqualTo(1);
        assertThat(deliveries(two)).as("handled again after the reset").isEqualTo(2);
        assertThat(deliveries(three)).isEqualTo(2);
        assertThat(running.isActive()).as("it re-claimed while holding its lock: no stand-down").isTrue();
    }

    @Test
    void aResetCreatesAMissingCheckpointAndARolledBackOneChangesNothing() {
        long position = harness.append("fresh-1", ExpectedVersion.noStream(), StoreHarness.event("E", new JsonObject()))
                .lastPosition();
        RecordedEvent event = harness.store.readStream("fresh-1").await().atMost(StoreHarness.TIMEOUT).get(0);

        assertThatThrownBy(() -> harness.pool.withTransaction(tx -> Checkpoints.reset(tx, "fresh", FeedPosition.of(event))
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("swap failed"))))
                .await().atMost(StoreHarness.TIMEOUT)).hasMessageContaining("swap failed");
        assertThat(positions.passed(List.of("fresh"), position).await().atMost(StoreHarness.TIMEOUT)).isFalse();

        reset("fresh", FeedPosition.of(event));
        assertThat(positions.passed(List.of("fresh"), position).await().atMost(StoreHarness.TIMEOUT)).isTrue();
        assertThat(positions.status("fresh", List.of()).await().atMost(StoreHarness.TIMEOUT).position()).isEqualTo(position);
    }
}
