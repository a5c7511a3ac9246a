package academy.user.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.user.infrastructure.StreakReaction;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Redelivery with the reaction's deterministic ids: completions handed to the reaction directly
 * (never stored, so the live subscription cannot race the test), a delivery rolled back and
 * delivered again, and two deliveries of one completion in two open transactions at once.
 */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class StreakRedeliveryTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    EventStore store;

    @Inject
    StreakReaction reaction;

    @Inject
    Pool pool;

    @Test
    void a_delivery_rolled_back_then_delivered_again_appends_the_same_ids_once() {
        long userId = Logins.newUserId();
        Logins.login(userId, "Ada");
        Instant now = Instant.now();
        deliverCommitted(completion(userId, now.minus(Duration.ofDays(3))));
        RecordedEvent late = completion(userId, now);

        SqlConnection connection = pool.getConnection().await().atMost(WAIT);
        List<UUID> firstTry;
        try {
            Transaction transaction = connection.begin().await().atMost(WAIT);
            reaction.handle(connection, List.of(late)).await().atMost(WAIT);
            firstTry = ids(store.readStream(connection, "user-" + userId).await().atMost(WAIT));
            transaction.rollback().await().atMost(WAIT);
        } finally {
            connection.close().await().atMost(WAIT);
        }
        deliverCommitted(late);
        deliverCommitted(late);

        List<RecordedEvent> stream = userStream(userId);
        List<UUID> fromLate = stream.stream().filter(e -> late.eventId().toString().equals(e.metadata().getString("causationId")))
                .map(RecordedEvent::eventId).toList();
        assertThat(stream).extracting(RecordedEvent::eventType)
                .containsExactly("UserRegistered", "StreakExtended", "StreakReset", "StreakExtended");
        assertThat(fromLate).containsExactly(EventIds.forReaction(late.eventId(), StreakReaction.SUBSCRIPTION, 0),
                EventIds.forReaction(late.eventId(), StreakReaction.SUBSCRIPTION, 1));
        assertThat(ids(stream)).isEqualTo(firstTry);
    }

    @Test
    void one_completion_delivered_in_two_open_transactions_is_counted_once() throws Exception {
        long userId = Logins.newUserId();
        Logins.login(userId, "Ada");
        RecordedEvent completion = completion(userId, Instant.now());
        SqlConnection first = pool.getConnection().await().atMost(WAIT);
        SqlConnection second = pool.getConnection().await().atMost(WAIT);
        try {
            Transaction firstTransaction = first.begin().await().atMost(WAIT);
            Transaction secondTransaction = second.begin().await().atMost(WAIT);
            reaction.handle(first, List.of(completion)).await().atMost(WAIT);
            // The second delivery reads the stream without the first's uncommitted append and
            // appends the same ids: it waits on them until the first commits, and is then refused
            // as a conflict that needs a new transaction, which the feed redelivers (as here).
            CompletableFuture<Void> racing = reaction.handle(second, List.of(completion))
                    .chain(secondTransaction::commit).subscribeAsCompletionStage();
            firstTransaction.commit().await().atMost(WAIT);
            try {
                racing.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOf(academy.eventstore.ConcurrencyConflictException.class);
                secondTransaction.rollback().onFailure().recoverWithNull().await().atMost(WAIT);
                deliverCommitted(completion);
            }
        } finally {
            first.close().await().atMost(WAIT);
            second.close().await().atMost(WAIT);
        }

        List<RecordedEvent> stream = userStream(userId);
        assertThat(stream).extracting(RecordedEvent::eventType).containsExactly("UserRegistered", "StreakExtended");
        assertThat(stream.get(1).eventId()).isEqualTo(EventIds.forReaction(completion.eventId(), StreakReaction.SUBSCRIPTION, 0));
    }

    private void deliverCommitted(RecordedEvent completion) {
        pool.withTransaction(tx -> reaction.handle(tx, List.of(completion))).await().atMost(WAIT);
    }

    /** A LessonCompleted as the feed would deliver it; not stored, so only this test delivers it. */
    private static RecordedEvent completion(long userId, Instant completedAt) {
        UUID lessonId = UUID.randomUUID();
        JsonObject data = EventFixtures.data("LessonCompleted").copy()
                .put("userId", userId).put("lessonId", lessonId.toString()).put("completedAt", completedAt.toString());
        UUID eventId = UUID.randomUUID();
        return new RecordedEvent(1, 1, "lesson-" + userId + "-" + lessonId, 1, eventId, "LessonCompleted", data,
                new EventMetadata(eventId.toString(), null, userId, null, null, 1).toJson(), completedAt);
    }

    private static List<UUID> ids(List<RecordedEvent> events) {
        return events.stream().map(RecordedEvent::eventId).toList();
    }

    private List<RecordedEvent> userStream(long userId) {
        return store.readStream("user-" + userId).await().atMost(WAIT);
    }
}
