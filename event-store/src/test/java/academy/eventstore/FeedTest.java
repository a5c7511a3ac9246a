package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.Poll;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedTest {

    static final Duration WAIT = Duration.ofSeconds(15);

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

    EventFeed feed(String instance, EventStoreConfig config) {
        EventFeed feed = harness.newFeed(instance, config);
        feeds.add(feed);
        return feed;
    }

    long deliveredExactlyOnce() {
        return harness.count("SELECT count(*) FROM seen WHERE deliveries = 1");
    }

    @Test
    void anEventCommittedLateByASlowTransactionIsNotSkipped() {
        SqlConnection slow = harness.pool.getConnection().await().atMost(StoreHarness.TIMEOUT);
        var transaction = slow.begin().await().atMost(StoreHarness.TIMEOUT);
        NewEvent early = StoreHarness.event("Early", new JsonObject());
        AppendResult earlyResult = harness.store.appendInTransaction(slow, "slow-1", ExpectedVersion.noStream(), List.of(early))
                .await().atMost(StoreHarness.TIMEOUT);
        NewEvent late = StoreHarness.event("Late", new JsonObject());
        AppendResult lateResult = harness.append("fast-1", ExpectedVersion.noStream(), late);
        assertThat(earlyResult.lastPosition()).isLessThan(lateResult.lastPosition());

        feed("gap", TestConfig.defaults()).subscribe("gap-test", new RecordingHandler("gap"));
        // The committed event waits above xmin while the slow transaction runs: a naive
        // "position > checkpoint" reader would deliver it now and later skip the early one.
        assertThat(harness.store.readFeed(harness.pool, FeedPosition.START, 10, List.of()).await().atMost(StoreHarness.TIMEOUT))
                .isEmpty();

        transaction.commit().await().atMost(StoreHarness.TIMEOUT);
        slow.close().await().atMost(StoreHarness.TIMEOUT);

        Poll.until(WAIT, () -> deliveredExactlyOnce() == 2);
        assertThat(RecordingHandler.seenInOrder(harness)).containsExactly(early.eventId(), late.eventId());
    }

    @Test
    void aWakeUpNamingAHandledTypeDeliversWithoutWaitingForThePoll() {
        // Polling is slowed to a minute: only the NOTIFY naming "Wanted" can deliver in time.
        FeedSubscription subscription = feed("typed", TestConfig.defaults().withPollInterval(60_000))
                .subscribe("typed", new RecordingHandler("t") {
                    @Override
                    public List<String> eventTypes() {
                        return List.of("Wanted");
                    }
                });
        Poll.until(WAIT, subscription::isActive);

        harness.append("typed-1", ExpectedVersion.noStream(), StoreHarness.event("Unwanted", new JsonObject()));
        NewEvent wanted = StoreHarness.event("Wanted", new JsonObject());
        harness.append("typed-2", ExpectedVersion.noStream(), wanted);

        Poll.until(WAIT, () -> deliveredExactlyOnce() == 1);
        assertThat(RecordingHandler.seenInOrder(harness)).containsExactly(wanted.eventId());
    }

    @Test
    void eventsAppendedWhileTheListenerIsKilledArriveExactlyOnce() {
        // Polling is slowed to a minute: only the reconnect's catch-up can deliver in time.
        feed("lost-notify", TestConfig.defaults().withPollInterval(60_000)).subscribe("lost-notify", new RecordingHandler("a"));
        NewEvent first = StoreHarness.event("First", new JsonObject());
        harness.append("lost-1", ExpectedVersion.noStream(), first);
        Poll.until(WAIT, () -> deliveredExactlyOnce() == 1);

        String listener = "FROM pg_stat_activity WHERE application_name = 'lost-notify:listen'"
                + " AND datname = current_database()";
        Poll.until(WAIT, () -> harness.count("SELECT count(*) " + listener) == 1);
        long killed = harness.count("SELECT count(pg_terminate_backend(pid)) " + listener);
        List<NewEvent> more = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            NewEvent event = StoreHarness.event("More", new JsonObject().put("i", i));
            more.add(event);
            harness.append("lost-" + (i + 2), ExpectedVersion.noStream(), event);
        }

        assertThat(killed).isEqualTo(1);
        Poll.until(WAIT, () -> deliveredExactlyOnce() == 26);
        assertThat(harness.count("SELECT count(*) FROM seen WHERE deliveries > 1")).isZero();
    }

    @Test
    void aFailingHandlerLeavesTheCheckpointAndTheBatchIsRedeliveredAfterRestart() {
        NewEvent event = StoreHarness.event("Fragile", new JsonObject());
        harness.append("fragile-1", ExpectedVersion.noStream(), event);
        EventFeed failing = feed("failing", new TestConfig(100, 50, 1_000, 100));
        FeedSubscription subscription = failing.subscribe("fragile", new RecordingHandler("failing", e -> true));
        Poll.until(WAIT, () -> subscription.isActive());
        Poll.until(WAIT, () -> harness.registry.find("event_processing_lag_seconds").gauge() != null
                && harness.registry.find("event_processing_lag_seconds").gauge().value() > 0);
        assertThat(harness.count("SELECT global_position FROM subscription_checkpoints WHERE subscription = 'fragile'"))
                .isZero();

        failing.stop().await().atMost(StoreHarness.TIMEOUT);
        feed("restarted", TestConfig.defaults()).subscribe("fragile", new RecordingHandler("restarted"));

        Poll.until(WAIT, () -> deliveredExactlyOnce() == 1);
        Poll.until(WAIT, () -> harness.count("SELECT global_position FROM subscription_checkpoints"
                + " WHERE subscription = 'fragile'") > 0);
    }

    @Test
    void anUnreachableStoreNeverSpendsAnEventsAttemptsOrParksIt() {
        NewEvent event = StoreHarness.event("Fine", new JsonObject());
        harness.append("busy-1", ExpectedVersion.noStream(), event);
        AtomicInteger busyAnswers = new AtomicInteger();
        int moreThanAllAttempts = TestConfig.defaults().maxAttempts() * 3;

        EventFeed feed = feed("busy", TestConfig.defaults());
        feed.subscribe("busy-test", new RecordingHandler("b", e -> busyAnswers.incrementAndGet() <= moreThanAllAttempts) {
            @Override
            RuntimeException failure(RecordedEvent failed) {
                return new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 1");
            }
        });

        Poll.until(WAIT, () -> deliveredExactlyOnce() == 1);
        assertThat(busyAnswers.get()).isGreaterThan(moreThanAllAttempts);
        assertThat(new DeadLetters(harness.pool, harness.store).list().await().atMost(StoreHarness.TIMEOUT)).isEmpty();
    }

    @Test
    void everySubscriptionExposesItsDeadLetterCountFromTheStart() {
        EventFeed feed = feed("quiet", TestConfig.defaults());
        feed.subscribe("quiet-test", new RecordingHandler("q", e -> false));

        var counter = harness.registry.find("event_feed.dead_letters").tag("subscription", "quiet-test").counter();
        assertThat(counter).as("alerts on increase() need the series before the first dead letter").isNotNull();
        assertThat(counter.count()).isZero();
    }

    @Test
    void aPoisonEventIsParkedInTheDeadLetterTableAndTheFeedMovesOn() {
        NewEvent before = StoreHarness.event("Fine", new JsonObject());
        NewEvent poison = StoreHarness.event("Poison", new JsonObject());
        NewEvent after = StoreHarness.event("Fine", new JsonObject());
        harness.append("poison-1", ExpectedVersion.noStream(), before, poison, after);

        EventFeed feed = feed("poison", TestConfig.defaults());
        feed.subscribe("poison-test", new RecordingHandler("p", e -> e.eventType().equals("Poison")));

        Poll.until(WAIT, () -> deliveredExactlyOnce() == 2);
        assertThat(RecordingHandler.seenInOrder(harness)).containsExactly(before.eventId(), after.eventId());
        DeadLetters letters = new DeadLetters(harness.pool, harness.store);
        List<DeadLetter> parked = letters.list().await().atMost(StoreHarness.TIMEOUT);
        assertThat(parked).singleElement().satisfies(letter -> {
            assertThat(letter.eventId()).isEqualTo(poison.eventId());
            assertThat(letter.subscription()).isEqualTo("poison-test");
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.lastError()).contains("cannot handle Poison");
            assertThat(letter.status()).isEqualTo("parked");
        });
        assertThat(harness.registry.find("event_feed.dead_letters").counter().count()).isEqualTo(1);
        assertThat(letters.wasSetAside("poison-test", poison.eventId()).await().atMost(StoreHarness.TIMEOUT)).isTrue();
        assertThat(letters.wasSetAside("poison-test", before.eventId()).await().atMost(StoreHarness.TIMEOUT)).isFalse();
        assertThat(letters.wasSetAside("other", poison.eventId()).await().atMost(StoreHarness.TIMEOUT)).isFalse();
    }

    @Test
    void onlyOneOfTwoConsumersProcessesAndTheOtherTakesOverWhenItDies() {
        EventFeed first = feed("first", TestConfig.defaults());
        FeedSubscription one = first.subscribe("shared", new RecordingHandler("first"));
        Poll.until(WAIT, one::isActive);
        EventFeed second = feed("second", TestConfig.defaults());
        FeedSubscription two = second.subscribe("shared", new RecordingHandler("second"));

        for (int i = 0; i < 10; i++) {
            harness.append("shared-" + i, ExpectedVersion.noStream(), StoreHarness.event("Shared", new JsonObject()));
        }
        Poll.until(WAIT, () -> deliveredExactlyOnce() == 10);
        assertThat(two.isActive()).isFalse();
        assertThat(harness.count("SELECT count(*) FROM seen WHERE handled_by = 'second'")).isZero();

        // The leader dies: its lock connection goes away with it.
        harness.count("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE application_name LIKE 'first:%' AND datname = current_database()");
        first.stop().await().atMost(StoreHarness.TIMEOUT);
        for (int i = 10; i < 20; i++) {
            harness.append("shared-" + i, ExpectedVersion.noStream(), StoreHarness.event("Shared", new JsonObject()));
        }

        Poll.until(WAIT, () -> deliveredExactlyOnce() == 20);
        assertThat(two.isActive()).isTrue();
        assertThat(harness.count("SELECT count(*) FROM seen WHERE handled_by = 'second'")).isEqualTo(10);
    }

    @Test
    void aFilteredSubscriptionGetsOnlyItsTypesAndStillMovesOn() {
        harness.append("types-1", ExpectedVersion.noStream(), StoreHarness.event("Wanted", new JsonObject()),
                StoreHarness.event("Other", new JsonObject()), StoreHarness.event("Wanted", new JsonObject()));
        RecordingHandler handler = new RecordingHandler("typed") {
            @Override
            public List<String> eventTypes() {
                return List.of("Wanted");
            }
        };
        feed("typed", TestConfig.defaults()).subscribe("typed", handler);

        Poll.until(WAIT, () -> deliveredExactlyOnce() == 2);
        harness.append("types-2", ExpectedVersion.noStream(), StoreHarness.event("Other", new JsonObject()));
        Poll.until(WAIT, () -> harness.registry.find("event_processing_lag_seconds").gauge() != null
                && harness.registry.find("event_processing_lag_seconds").gauge().value() == 0
                && harness.count("SELECT count(*) FROM subscription_checkpoints WHERE subscription = 'typed'"
                + " AND transaction_id >= (SELECT max(transaction_id) FROM event_store)") == 1);
        assertThat(deliveredExactlyOnce()).isEqualTo(2);
    }

    @Test
    void restartingASubscriptionDeliversNothingTwice() {
        for (int i = 0; i < 30; i++) {
            harness.append("restart-" + i, ExpectedVersion.noStream(), StoreHarness.event("E", new JsonObject()));
        }
        EventFeed first = feed("r1", TestConfig.defaults().withBatchSize(7));
        first.subscribe("restart", new RecordingHandler("r1"));
        Poll.until(WAIT, () -> deliveredExactlyOnce() >= 10);
        first.stop().await().atMost(StoreHarness.TIMEOUT);
        feed("r2", TestConfig.defaults().withBatchSize(7)).subscribe("restart", new RecordingHandler("r2"));

        Poll.until(WAIT, () -> deliveredExactlyOnce() == 30);
        assertThat(harness.count("SELECT count(*) FROM seen WHERE deliveries > 1")).isZero();
    }
}
