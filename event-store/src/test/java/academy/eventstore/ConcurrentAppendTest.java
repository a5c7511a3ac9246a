package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.testing.Poll;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Appends inside callers' transactions racing other writers; each interleaving forced, not hoped for. */
class ConcurrentAppendTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    StoreHarness harness;

    @BeforeEach
    void start() {
        harness = StoreHarness.migrated();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    SqlConnection connection() {
        return harness.pool.getConnection().await().atMost(StoreHarness.TIMEOUT);
    }

    static Transaction begin(SqlConnection connection) {
        return connection.begin().await().atMost(StoreHarness.TIMEOUT);
    }

    AppendResult appendIn(SqlConnection transaction, String stream, ExpectedVersion expected, NewEvent... events) {
        return harness.store.appendInTransaction(transaction, stream, expected, List.of(events)).await().atMost(StoreHarness.TIMEOUT);
    }

    @Test
    void anInTransactionAppendThatLosesTheUniqueIndexRaceIsATypedConflict() throws Exception {
        harness.append("race-tx", ExpectedVersion.noStream(), StoreHarness.event("Opened", new JsonObject()));
        SqlConnection first = connection();
        SqlConnection second = connection();
        Transaction firstTx = begin(first);
        Transaction secondTx = begin(second);
        appendIn(first, "race-tx", ExpectedVersion.exactly(1), StoreHarness.event("First", new JsonObject()));

        // The second append waits on the unique index behind the first (uncommitted) one...
        CompletableFuture<AppendResult> racing = harness.store.appendInTransaction(second, "race-tx",
                ExpectedVersion.exactly(1), List.of(StoreHarness.event("Second", new JsonObject()))).subscribeAsCompletionStage();
        Poll.until(WAIT, () -> harness.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'") == 1);
        // ...and fails with 23505 when it commits, which aborts the second transaction.
        firstTx.commit().await().atMost(StoreHarness.TIMEOUT);

        assertThatThrownBy(() -> racing.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(ConcurrencyConflictException.class)
                .satisfies(e -> {
                    ConcurrencyConflictException conflict = (ConcurrencyConflictException) e;
                    assertThat(conflict.needsNewTransaction()).isTrue();
                    assertThat(conflict.streamId()).isEqualTo("race-tx");
                    assertThat(conflict.actual()).isEqualTo(2);
                });
        secondTx.rollback().await().atMost(StoreHarness.TIMEOUT);
        first.close().await().atMost(StoreHarness.TIMEOUT);
        second.close().await().atMost(StoreHarness.TIMEOUT);
        assertThat(harness.registry.find("event_store.conflicts").counter().count()).isEqualTo(1);
    }

    @Test
    void aStaleExpectationInsideATransactionLeavesItUsableForDecidingAgain() {
        harness.append("stale-tx", ExpectedVersion.noStream(), StoreHarness.event("Opened", new JsonObject()));
        SqlConnection connection = connection();
        Transaction transaction = begin(connection);

        assertThatThrownBy(() -> appendIn(connection, "stale-tx", ExpectedVersion.noStream(),
                StoreHarness.event("Stale", new JsonObject())))
                .isInstanceOf(ConcurrencyConflictException.class)
                .satisfies(e -> assertThat(((ConcurrencyConflictException) e).needsNewTransaction()).isFalse());
        AppendResult decidedAgain = appendIn(connection, "stale-tx", ExpectedVersion.exactly(1),
                StoreHarness.event("Fresh", new JsonObject()));
        transaction.commit().await().atMost(StoreHarness.TIMEOUT);
        connection.close().await().atMost(StoreHarness.TIMEOUT);

        assertThat(decidedAgain.streamVersion()).isEqualTo(2);
    }

    @Test
    void aTransactionOlderThanTheStreamsHeadCannotAppendAfterIt() {
        // R, a reaction batch, writes first to user-B: it has the older transaction id.
        SqlConnection reaction = connection();
        Transaction reactionTx = begin(reaction);
        appendIn(reaction, "user-B", ExpectedVersion.noStream(), StoreHarness.event("StreakExtended", new JsonObject()));
        // A command commits user-A v1 in a younger transaction.
        NewEvent first = StoreHarness.event("ProfileChanged", new JsonObject().put("n", 1));
        harness.append("user-A", ExpectedVersion.noStream(), first);

        // R sees v1 and would write v2 with an id older than v1's: the feed would deliver v2 first.
        assertThatThrownBy(() -> appendIn(reaction, "user-A", ExpectedVersion.exactly(1),
                StoreHarness.event("StreakExtended", new JsonObject().put("n", 2))))
                .isInstanceOf(ConcurrencyConflictException.class)
                .satisfies(e -> assertThat(((ConcurrencyConflictException) e).needsNewTransaction()).isTrue());
        assertThatThrownBy(() -> appendIn(reaction, "user-A", ExpectedVersion.any(),
                StoreHarness.event("StreakExtended", new JsonObject().put("n", 2))))
                .isInstanceOf(ConcurrencyConflictException.class);
        reactionTx.rollback().await().atMost(StoreHarness.TIMEOUT);

        // The retry in a new transaction is younger than v1's writer and goes through.
        Transaction retry = begin(reaction);
        appendIn(reaction, "user-B", ExpectedVersion.noStream(), StoreHarness.event("StreakExtended", new JsonObject()));
        NewEvent second = StoreHarness.event("StreakExtended", new JsonObject().put("n", 2));
        appendIn(reaction, "user-A", ExpectedVersion.exactly(1), second);
        retry.commit().await().atMost(StoreHarness.TIMEOUT);
        reaction.close().await().atMost(StoreHarness.TIMEOUT);

        List<RecordedEvent> feed = harness.store.readFeed(harness.pool, FeedPosition.START, 100, List.of())
                .await().atMost(StoreHarness.TIMEOUT);
        assertThat(feed.stream().filter(e -> e.streamId().equals("user-A")).map(RecordedEvent::eventId))
                .containsExactly(first.eventId(), second.eventId());
    }

    @Test
    void anAppendInsideATransactionWakesListenersWhenItCommits() {
        List<String> heard = new CopyOnWriteArrayList<>();
        PgConnection listener = PgConnection.connect(harness.vertx, harness.database.connectOptions())
                .await().atMost(StoreHarness.TIMEOUT);
        listener.notificationHandler(notification -> heard.add(notification.getPayload()));
        listener.query("LISTEN " + WakeUpNotifier.CHANNEL).execute().await().atMost(StoreHarness.TIMEOUT);
        try {
            SqlConnection connection = connection();
            Transaction transaction = begin(connection);
            appendIn(connection, "profile-1", ExpectedVersion.noStream(), StoreHarness.event("ProfileChanged", new JsonObject()));
            // Nothing before the commit (NOTIFY is transactional), and no subscription ever commits here.
            assertThat(harness.count("SELECT 1")).isEqualTo(1);
            assertThat(heard).isEmpty();
            transaction.commit().await().atMost(StoreHarness.TIMEOUT);
            connection.close().await().atMost(StoreHarness.TIMEOUT);

            Poll.until(WAIT, () -> heard.contains("ProfileChanged"));
        } finally {
            listener.close().await().atMost(StoreHarness.TIMEOUT);
        }
    }
}
