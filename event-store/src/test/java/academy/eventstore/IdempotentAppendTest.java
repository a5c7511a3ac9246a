package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdempotentAppendTest {

    static StoreHarness harness;

    @BeforeAll
    static void start() {
        harness = StoreHarness.migrated();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void commandIdsAreDeterministicUuidV5() {
        UUID first = EventIds.forCommand("279058397", "POST /lessons/progress/x", "key-1", 0);
        assertThat(EventIds.forCommand("279058397", "POST /lessons/progress/x", "key-1", 0)).isEqualTo(first);
        assertThat(EventIds.forCommand("279058397", "POST /lessons/progress/x", "key-1", 1)).isNotEqualTo(first);
        assertThat(EventIds.forCommand("279058398", "POST /lessons/progress/x", "key-1", 0)).isNotEqualTo(first);
        assertThat(first.version()).isEqualTo(5);
        assertThat(EventIds.forReaction(first, "streaks", 0)).isEqualTo(EventIds.forReaction(first, "streaks", 0));
    }

    @Test
    void reAppendingStoredIdsSucceedsWithTheOriginalResultAndWritesNothing() {
        NewEvent a = new NewEvent(EventIds.nameBased("retry-a"), "A", new JsonObject().put("score", 0.85), null);
        NewEvent b = new NewEvent(EventIds.nameBased("retry-b"), "B", new JsonObject().put("n", 1), null);
        AppendResult original = harness.append("retry-1", ExpectedVersion.noStream(), a, b);
        harness.append("retry-1", ExpectedVersion.exactly(2), StoreHarness.event("Later", new JsonObject()));

        AppendResult retried = harness.append("retry-1", ExpectedVersion.noStream(), a, b);

        assertThat(retried.alreadyStored()).isTrue();
        assertThat(retried.lastPosition()).isEqualTo(original.lastPosition());
        assertThat(retried.streamVersion()).isEqualTo(2);
        assertThat(harness.count("SELECT count(*) FROM event_store WHERE stream_id = 'retry-1'")).isEqualTo(3);
    }

    @Test
    void theSameIdWithOtherContentIsRefused() {
        UUID id = EventIds.nameBased("reused");
        harness.append("reuse-1", ExpectedVersion.any(), new NewEvent(id, "A", new JsonObject().put("n", 1), null));

        assertThatThrownBy(() -> harness.append("reuse-1", ExpectedVersion.any(),
                new NewEvent(id, "A", new JsonObject().put("n", 2), null)))
                .isInstanceOf(EventIdConflictException.class);
        assertThatThrownBy(() -> harness.append("reuse-2", ExpectedVersion.any(),
                new NewEvent(id, "A", new JsonObject().put("n", 1), null)))
                .isInstanceOf(EventIdConflictException.class);
    }

    @Test
    void aRedeliveredReactionInsideATransactionDoesNotAbortIt() {
        NewEvent reaction = new NewEvent(EventIds.forReaction(UUID.randomUUID(), "test", 0), "Reacted", new JsonObject(), null);
        harness.pool.withTransaction(tx -> harness.store.appendInTransaction(tx, "react-1", ExpectedVersion.any(), List.of(reaction)))
                .await().atMost(StoreHarness.TIMEOUT);

        AppendResult again = harness.pool.withTransaction(tx -> harness.store
                        .appendInTransaction(tx, "react-1", ExpectedVersion.any(), List.of(reaction))
                        .call(() -> tx.query("SELECT 1").execute()))
                .await().atMost(StoreHarness.TIMEOUT);

        assertThat(again.alreadyStored()).isTrue();
        assertThat(harness.count("SELECT count(*) FROM event_store WHERE stream_id = 'react-1'")).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstAnswerAndRefusesAnotherRequest() {
        IdempotencyRecords records = new IdempotencyRecords(harness.pool);
        var answer = new IdempotencyRecords.StoredResponse(200, new JsonObject().put("position", 42));
        records.save("7", "POST /x", "key-1", "hash-1", answer).await().atMost(StoreHarness.TIMEOUT);

        var again = records.find("7", "POST /x", "key-1", "hash-1").await().atMost(StoreHarness.TIMEOUT);
        assertThat(again.body().getInteger("position")).isEqualTo(42);
        assertThatThrownBy(() -> records.find("7", "POST /x", "key-1", "hash-2").await().atMost(StoreHarness.TIMEOUT))
                .isInstanceOf(IdempotencyRecords.IdempotencyKeyReusedException.class);
        assertThat(records.find("8", "POST /x", "key-1", "hash-2").await().atMost(StoreHarness.TIMEOUT)).isNull();
    }

    @Test
    void aCommandWithDeterministicIdsRunsOnce() {
        UUID first = EventIds.forCommand("7", "POST /count", "once-1", 0);
        StreamFold<Integer> counter = new StreamFold<>(0, (n, e) -> n + 1);
        CommandResult<Integer> original = harness.commands.executeOnce(first, "count-1", counter,
                n -> List.of(new NewEvent(first, "Counted", new JsonObject().put("n", n + 1), null)))
                .await().atMost(StoreHarness.TIMEOUT);
        CommandResult<Integer> retried = harness.commands.executeOnce(first, "count-1", counter,
                n -> List.of(new NewEvent(first, "Counted", new JsonObject().put("n", n + 1), null)))
                .await().atMost(StoreHarness.TIMEOUT);

        assertThat(original.state()).isEqualTo(1);
        assertThat(retried.alreadyStored()).isTrue();
        assertThat(retried.position()).isEqualTo(original.position());
        assertThat(harness.count("SELECT count(*) FROM event_store WHERE stream_id = 'count-1'")).isEqualTo(1);
    }
}
