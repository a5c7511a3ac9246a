package academy.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppendTest {

    static StoreHarness harness;

    @BeforeAll
    static void start() {
        harness = StoreHarness.migrated(24);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void appendsNumberTheStreamFromOneAndReadBackInOrder() {
        AppendResult first = harness.append("order-1", ExpectedVersion.noStream(),
                StoreHarness.event("A", new JsonObject().put("n", 1)), StoreHarness.event("B", new JsonObject().put("n", 2)));
        AppendResult second = harness.append("order-1", ExpectedVersion.exactly(2),
                StoreHarness.event("C", new JsonObject().put("n", 3)));

        List<RecordedEvent> stream = harness.store.readStream("order-1").await().atMost(StoreHarness.TIMEOUT);
        assertThat(first.streamVersion()).isEqualTo(2);
        assertThat(second.streamVersion()).isEqualTo(3);
        assertThat(stream).extracting(RecordedEvent::eventType).containsExactly("A", "B", "C");
        assertThat(stream).extracting(RecordedEvent::streamVersion).containsExactly(1, 2, 3);
        assertThat(stream.get(2).globalPosition()).isEqualTo(second.lastPosition());
        assertThat(stream.get(0).data().getInteger("n")).isEqualTo(1);
    }

    @Test
    void aStaleExpectationIsATypedConflictAndWritesNothing() {
        harness.append("stale-1", ExpectedVersion.noStream(), StoreHarness.event("A", new JsonObject()));

        assertThatThrownBy(() -> harness.append("stale-1", ExpectedVersion.noStream(), StoreHarness.event("B", new JsonObject())))
                .isInstanceOf(ConcurrencyConflictException.class)
                .satisfies(e -> assertThat(((ConcurrencyConflictException) e).actual()).isEqualTo(1));
        assertThatThrownBy(() -> harness.append("stale-1", ExpectedVersion.exactly(5), StoreHarness.event("B", new JsonObject())))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(harness.count("SELECT count(*) FROM event_store WHERE stream_id = 'stale-1'")).isEqualTo(1);
    }

    @Test
    void anyVersionAppendsAtTheEnd() {
        harness.append("any-1", ExpectedVersion.any(), StoreHarness.event("A", new JsonObject()));
        AppendResult result = harness.append("any-1", ExpectedVersion.any(),
                StoreHarness.event("B", new JsonObject().put("score", 0.85).put("tags", new io.vertx.core.json.JsonArray().add("x"))));
        assertThat(result.streamVersion()).isEqualTo(2);
        RecordedEvent stored = harness.store.readStream("any-1", 2).await().atMost(StoreHarness.TIMEOUT).get(0);
        assertThat(stored.data().getDouble("score")).isEqualTo(0.85);
        assertThat(stored.data().getJsonArray("tags").getString(0)).isEqualTo("x");
    }

    public record Scored(double score, List<String> tags) {
    }

    @Test
    void dataReadsIntoRecordsEvenWhenBuiltFromVertxJson() {
        JsonObject data = new JsonObject().put("score", 0.5).put("tags", new io.vertx.core.json.JsonArray().add("a")).put("extra", 1);
        assertThat(new RecordedEvent(1, 1, "s", 1, java.util.UUID.randomUUID(), "Scored", data, new JsonObject(),
                java.time.Instant.now()).dataAs(Scored.class)).isEqualTo(new Scored(0.5, List.of("a")));
    }

    @Test
    void twentyConcurrentAppendsWithOneExpectationLetExactlyOneWin() {
        harness.append("race-1", ExpectedVersion.noStream(), StoreHarness.event("Opened", new JsonObject()));
        AtomicInteger conflicts = new AtomicInteger();
        List<Uni<AppendResult>> racers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            racers.add(harness.store.append("race-1", ExpectedVersion.exactly(1),
                            List.of(StoreHarness.event("Raced", new JsonObject().put("racer", i))))
                    .onFailure(ConcurrencyConflictException.class).recoverWithUni(failure -> {
                        conflicts.incrementAndGet();
                        return Uni.createFrom().nullItem();
                    }));
        }
        List<AppendResult> results = Uni.join().all(racers).andFailFast().await().atMost(StoreHarness.TIMEOUT);

        assertThat(results.stream().filter(r -> r != null)).hasSize(1);
        assertThat(conflicts).hasValue(19);
        List<RecordedEvent> stream = harness.store.readStream("race-1").await().atMost(StoreHarness.TIMEOUT);
        assertThat(stream).extracting(RecordedEvent::streamVersion).containsExactly(1, 2);
    }

    @Test
    void anAppendOfSeveralEventsIsAtomic() {
        NewEvent duplicateInside = StoreHarness.event("A", new JsonObject());
        assertThatThrownBy(() -> harness.append("atomic-1", ExpectedVersion.noStream(),
                StoreHarness.event("Z", new JsonObject()), duplicateInside, duplicateInside))
                .isInstanceOf(RuntimeException.class);
        assertThat(harness.count("SELECT count(*) FROM event_store WHERE stream_id = 'atomic-1'")).isZero();
    }
}
