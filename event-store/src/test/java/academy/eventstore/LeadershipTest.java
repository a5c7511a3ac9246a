package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.testing.Poll;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leadership is fenced: a deposed leader moves nothing, the real one never stands down for it. */
class LeadershipTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    StoreHarness harness;
    List<EventFeed> feeds = new ArrayList<>();

    @BeforeEach
    void start() {
        harness = StoreHarness.migrated();
        harness.pool.query(RecordingHandler.SCHEMA).execute().await().atMost(StoreHarness.TIMEOUT);
    }

    @AfterEach
    void stop() {
        feeds.forEach(feed -> feed.stop().await().atMost(StoreHarness.TIMEOUT));
        harness.close();
    }

    EventFeed feed(String instance) {
        EventFeed feed = harness.newFeed(instance, TestConfig.defaults());
        feeds.add(feed);
        return feed;
    }

    /** Records events once {@link #gate} opens; {@link #entered} tells that a batch is waiting at it. */
    static final class GatedHandler extends RecordingHandler {
        final CompletableFuture<Void> gate = new CompletableFuture<>();
        final AtomicBoolean entered = new AtomicBoolean();

        GatedHandler(String instance) {
            super(instance);
        }

        @Override
        public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
            entered.set(true);
            return Uni.createFrom().completionStage(gate).chain(() -> super.handle(transaction, batch));
        }
    }

    long epoch() {
        return harness.count("SELECT leader_epoch FROM subscription_checkpoints WHERE subscription = 'contested'");
    }

    @Test
    void aZombieLeaderCannotMoveTheCheckpointNorDeposeTheRealHolder() {
        NewEvent event = StoreHarness.event("Contested", new JsonObject());
        harness.append("contested-1", ExpectedVersion.noStream(), event);
        GatedHandler zombieHandler = new GatedHandler("zombie");
        FeedSubscription zombie = feed("zombie").subscribe("contested", zombieHandler);
        Poll.until(WAIT, zombieHandler.entered::get);

        // The zombie's lock session dies while its batch is in flight: the lock is free.
        harness.count("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE application_name = 'zombie:locks' AND datname = current_database()");
        GatedHandler realHandler = new GatedHandler("real");
        FeedSubscription real = feed("real").subscribe("contested", realHandler);
        Poll.until(WAIT, () -> real.isActive() && realHandler.entered.get());
        long realEpoch = epoch();

        // The zombie's batch commits first: it must not move the checkpoint the real leader claimed...
        zombieHandler.gate.complete(null);
        Poll.until(WAIT, () -> !zombie.isActive() && harness.count("SELECT count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND state = 'idle in transaction'") <= 1);
        assertThat(harness.count("SELECT count(*) FROM seen")).isZero();
        // ...and the real leader's batch then commits, and it keeps leading.
        realHandler.gate.complete(null);

        Poll.until(WAIT, () -> harness.count("SELECT count(*) FROM seen WHERE handled_by = 'real' AND deliveries = 1") == 1);
        Poll.until(WAIT, () -> harness.count("SELECT global_position FROM subscription_checkpoints"
                + " WHERE subscription = 'contested'") > 0);
        assertThat(real.isActive()).isTrue();
        assertThat(epoch()).as("nobody claimed the checkpoint again: the real leader never stood down").isEqualTo(realEpoch);
        assertThat(harness.count("SELECT count(*) FROM seen")).isEqualTo(1);
    }

    @Test
    void aDeadLetterRetryRunsOnlyUnderTheLeaderLock() {
        NewEvent poison = StoreHarness.event("Poison", new JsonObject());
        harness.append("dl-1", ExpectedVersion.noStream(), poison);
        AtomicBoolean failing = new AtomicBoolean(true);
        AtomicInteger handledByStandby = new AtomicInteger();
        EventFeed leaderFeed = feed("dl-leader");
        FeedSubscription leader = leaderFeed.subscribe("dl", new RecordingHandler("leader", e -> failing.get()));
        Poll.until(WAIT, () -> harness.count("SELECT count(*) FROM dead_letters") == 1);
        long letter = harness.count("SELECT id FROM dead_letters");
        failing.set(false);

        // A second instance standing by for the same subscription may not run the retry.
        EventFeed standbyFeed = feed("dl-standby");
        standbyFeed.subscribe("dl", new RecordingHandler("standby") {
            @Override
            public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
                handledByStandby.incrementAndGet();
                return super.handle(transaction, batch);
            }
        });
        DeadLetters standbyLetters = deadLettersOf(standbyFeed);
        assertThatThrownBy(() -> standbyLetters.retry(letter).await().atMost(StoreHarness.TIMEOUT))
                .isInstanceOf(DeadLetters.LedElsewhereException.class);
        assertThat(handledByStandby.get()).isZero();
        assertThat(harness.count("SELECT count(*) FROM dead_letters WHERE status = 'parked'")).isEqualTo(1);

        // The leader's instance runs it.
        assertThat(leader.isActive()).isTrue();
        DeadLetter retried = deadLettersOf(leaderFeed).retry(letter).await().atMost(StoreHarness.TIMEOUT);
        assertThat(retried.status()).isEqualTo("retried");
        assertThat(harness.count("SELECT count(*) FROM seen WHERE handled_by = 'leader'")).isEqualTo(1);
    }

    private static DeadLetters deadLettersOf(EventFeed feed) {
        return feed.deadLetters();
    }
}
