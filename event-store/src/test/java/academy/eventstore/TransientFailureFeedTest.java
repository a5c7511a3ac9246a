package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.Poll;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A transient database error is retried for as long as it lasts and never parks the event. */
class TransientFailureFeedTest {

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

    long deliveredExactlyOnce() {
        return harness.count("SELECT count(*) FROM seen WHERE deliveries = 1");
    }

    List<DeadLetter> deadLetters() {
        return new DeadLetters(harness.pool, harness.store).list().await().atMost(StoreHarness.TIMEOUT);
    }

    @Test
    void aLockTimeoutLastingLongerThanAllAttemptsDoesNotParkTheEvent() {
        // The test holds the lock the handler needs: every try ends in a real 55P03 lock timeout.
        // (An advisory lock: a row lock would give the holder a transaction id and hold back the feed.)
        SqlConnection holder = harness.pool.getConnection().await().atMost(StoreHarness.TIMEOUT);
        holder.query("SELECT pg_advisory_lock(4242)").execute().await().atMost(StoreHarness.TIMEOUT);
        harness.append("hot-1", ExpectedVersion.noStream(), StoreHarness.event("Fine", new JsonObject()));
        AtomicInteger tries = new AtomicInteger();
        RecordingHandler recording = new RecordingHandler("hot");

        feed("hot").subscribe("hot-test", new EventHandler() {
            @Override
            public Uni<Void> handle(SqlConnection transaction, List<RecordedEvent> batch) {
                tries.incrementAndGet();
                return transaction.query("SET LOCAL lock_timeout = '20ms'").execute()
                        .chain(() -> transaction.query("SELECT pg_advisory_xact_lock(4242)").execute())
                        .chain(() -> recording.handle(transaction, batch));
            }
        });
        int allAttemptsTwice = TestConfig.defaults().maxAttempts() * 2;
        Poll.until(WAIT, () -> tries.get() > allAttemptsTwice);
        assertThat(deadLetters()).isEmpty();
        assertThat(harness.registry.find("event_processing_lag_seconds").gauge().value()).isPositive();

        holder.query("SELECT pg_advisory_unlock(4242)").execute().await().atMost(StoreHarness.TIMEOUT);
        holder.close().await().atMost(StoreHarness.TIMEOUT);
        Poll.until(WAIT, () -> deliveredExactlyOnce() == 1);
        assertThat(deadLetters()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"40P01", "40001", "55P03", "57014", "25P02", "08006", "57P01"})
    void aTransientSqlStateIsRetriedPastAllAttempts(String sqlState) {
        assertRetriedWithoutParking(new PgException("transient " + sqlState, "ERROR", sqlState, null));
    }

    @Test
    void aConcurrencyConflictOfAReactionIsRetriedPastAllAttempts() {
        assertRetriedWithoutParking(new ConcurrencyConflictException("user-1", ExpectedVersion.exactly(3), 4));
    }

    @Test
    void anErrorOfTheHandlersOwnLogicStillParksTheEvent() {
        harness.append("logic-1", ExpectedVersion.noStream(), StoreHarness.event("Poison", new JsonObject()));
        feed("logic").subscribe("logic-test", new RecordingHandler("l", e -> true));

        Poll.until(WAIT, () -> deadLetters().size() == 1);
        assertThat(deadLetters().get(0).attempts()).isEqualTo(TestConfig.defaults().maxAttempts());
    }

    private void assertRetriedWithoutParking(RuntimeException transientFailure) {
        harness.append("transient-1", ExpectedVersion.noStream(), StoreHarness.event("Fine", new JsonObject()));
        AtomicInteger failures = new AtomicInteger();
        int allAttemptsTwice = TestConfig.defaults().maxAttempts() * 2;
        feed("transient").subscribe("transient-test",
                new RecordingHandler("t", e -> failures.incrementAndGet() <= allAttemptsTwice) {
                    @Override
                    RuntimeException failure(RecordedEvent failed) {
                        return transientFailure;
                    }
                });

        Poll.until(WAIT, () -> deliveredExactlyOnce() == 1);
        assertThat(failures.get()).isGreaterThan(allAttemptsTwice);
        assertThat(deadLetters()).isEmpty();
    }
}
