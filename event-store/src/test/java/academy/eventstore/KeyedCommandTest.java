package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.testing.Poll;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commands with an Idempotency-Key whose events carry the server clock (as course and assessment
 * events do): a retry gets the first outcome only when it is the same request.
 */
class KeyedCommandTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final StreamFold<Integer> COUNTER = new StreamFold<>(0, (n, e) -> n + 1);

    StoreHarness harness;

    @BeforeEach
    void start() {
        harness = StoreHarness.migrated();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    static UUID firstId(String key) {
        return EventIds.forCommand("7", "POST /things", key, 0);
    }

    /** What a service decides: one event with the id from the key, the clock in its data, the hash in its metadata. */
    static Function<Integer, List<NewEvent>> decide(String key, String requestHash) {
        JsonObject metadata = EventMetadata.forCommand("c", 7L, key, null, requestHash).toJson();
        return n -> List.of(new NewEvent(firstId(key), "ThingDone",
                new JsonObject().put("n", n + 1).put("at", Instant.now().toString() + System.nanoTime()), metadata));
    }

    CommandResult<Integer> run(String key, String requestHash) {
        return harness.commands.executeOnce(firstId(key), requestHash, "things-" + key, COUNTER, decide(key, requestHash))
                .await().atMost(StoreHarness.TIMEOUT);
    }

    @Test
    void anotherRequestWithTheKeyOfOneThatDiedBeforeRecordingItsAnswerIsRefused() {
        // The first request appended, then died before its idempotency record: only its events remain.
        CommandResult<Integer> first = run("died-1", "hash-of-body-A");

        assertThatThrownBy(() -> run("died-1", "hash-of-body-B"))
                .isInstanceOf(IdempotencyRecords.IdempotencyKeyReusedException.class);
        CommandResult<Integer> trueRetry = run("died-1", "hash-of-body-A");

        assertThat(trueRetry.alreadyStored()).isTrue();
        assertThat(trueRetry.position()).isEqualTo(first.position());
        assertThat(harness.count("SELECT count(*) FROM event_store WHERE stream_id = 'things-died-1'")).isEqualTo(1);
    }

    @Test
    void anIdenticalRetryRacingTheFirstTryGetsItsOutcomeNotAConflict() throws Exception {
        // The first try has appended (its own clock reading) but not committed yet...
        SqlConnection firstTry = harness.pool.getConnection().await().atMost(StoreHarness.TIMEOUT);
        Transaction transaction = firstTry.begin().await().atMost(StoreHarness.TIMEOUT);
        harness.store.appendInTransaction(firstTry, "things-race-1", ExpectedVersion.noStream(),
                decide("race-1", "hash-A").apply(0)).await().atMost(StoreHarness.TIMEOUT);

        // ...when the retry looks for its id (not there yet), decides, and waits on the unique index.
        CompletableFuture<CommandResult<Integer>> retry = harness.commands.executeOnce(firstId("race-1"), "hash-A",
                "things-race-1", COUNTER, decide("race-1", "hash-A")).subscribeAsCompletionStage();
        Poll.until(WAIT, () -> harness.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'") == 1);
        transaction.commit().await().atMost(StoreHarness.TIMEOUT);
        firstTry.close().await().atMost(StoreHarness.TIMEOUT);

        CommandResult<Integer> answer = retry.get(20, TimeUnit.SECONDS);
        assertThat(answer.alreadyStored()).isTrue();
        assertThat(answer.state()).isEqualTo(1);
        assertThat(harness.count("SELECT count(*) FROM event_store WHERE stream_id = 'things-race-1'")).isEqualTo(1);
    }

    @Test
    void anotherRequestRacingTheFirstTryIsRefused() throws Exception {
        SqlConnection firstTry = harness.pool.getConnection().await().atMost(StoreHarness.TIMEOUT);
        Transaction transaction = firstTry.begin().await().atMost(StoreHarness.TIMEOUT);
        harness.store.appendInTransaction(firstTry, "things-race-2", ExpectedVersion.noStream(),
                decide("race-2", "hash-A").apply(0)).await().atMost(StoreHarness.TIMEOUT);

        CompletableFuture<CommandResult<Integer>> other = harness.commands.executeOnce(firstId("race-2"), "hash-B",
                "things-race-2", COUNTER, decide("race-2", "hash-B")).subscribeAsCompletionStage();
        Poll.until(WAIT, () -> harness.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'") == 1);
        transaction.commit().await().atMost(StoreHarness.TIMEOUT);
        firstTry.close().await().atMost(StoreHarness.TIMEOUT);

        assertThatThrownBy(() -> other.get(20, TimeUnit.SECONDS))
                .cause().isInstanceOf(IdempotencyRecords.IdempotencyKeyReusedException.class);
        assertThat(harness.count("SELECT count(*) FROM event_store WHERE stream_id = 'things-race-2'")).isEqualTo(1);
    }
}
