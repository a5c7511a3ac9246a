package academy.user.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventMetadata;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.Poll;
import academy.user.infrastructure.StreakReaction;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class StreakRedeliveryTest {

    @Inject
    EventStore store;

    @Inject
    StreakReaction reaction;

    @Inject
    Pool pool;

    @Test
    void a_redelivered_completion_batch_appends_nothing_twice() {
        long userId = Logins.newUserId();
        Logins.login(userId, "Ada");
        UUID lessonId = UUID.randomUUID();
        JsonObject data = EventFixtures.data("LessonCompleted").copy()
                .put("userId", userId).put("lessonId", lessonId.toString()).put("completedAt", Instant.now().toString());
        store.append("lesson-" + userId + "-" + lessonId, ExpectedVersion.noStream(),
                List.of(new NewEvent(UUID.randomUUID(), "LessonCompleted", data,
                        new EventMetadata("c-1", null, userId, null, null, 1).toJson())))
                .await().atMost(Duration.ofSeconds(5));
        Poll.until(Duration.ofSeconds(15), () -> userStream(userId).size() == 2);
        RecordedEvent completion = store.readStream("lesson-" + userId + "-" + lessonId)
                .await().atMost(Duration.ofSeconds(5)).get(0);

        pool.withTransaction(tx -> reaction.handle(tx, List.of(completion, completion)))
                .await().atMost(Duration.ofSeconds(5));

        assertThat(userStream(userId)).extracting(RecordedEvent::eventType)
                .containsExactly("UserRegistered", "StreakExtended");
    }

    private List<RecordedEvent> userStream(long userId) {
        return store.readStream("user-" + userId).await().atMost(Duration.ofSeconds(5));
    }
}
