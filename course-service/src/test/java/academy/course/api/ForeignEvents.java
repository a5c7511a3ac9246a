package academy.course.api;

import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.testing.EventFixtures;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Events other services write (learning, assessment), appended the way they would, shaped by the shared fixtures. */
final class ForeignEvents {

    private final EventStore store;

    ForeignEvents(EventStore store) {
        this.store = store;
    }

    RecordedEvent lessonCompleted(long userId, UUID courseId, UUID lessonId) {
        JsonObject data = EventFixtures.data("LessonCompleted").put("userId", userId)
                .put("courseId", courseId.toString()).put("lessonId", lessonId.toString());
        return append("lesson-" + userId + "-" + lessonId, "LessonCompleted", data);
    }

    RecordedEvent progressRecorded(long userId, UUID courseId, UUID lessonId) {
        JsonObject data = EventFixtures.data("LessonProgressRecorded").put("userId", userId)
                .put("courseId", courseId.toString()).put("lessonId", lessonId.toString()).put("score", 0.2);
        return append("lesson-" + userId + "-" + lessonId, "LessonProgressRecorded", data);
    }

    RecordedEvent assessmentDefined(UUID assessmentId) {
        JsonObject data = EventFixtures.data("AssessmentDefined").put("assessmentId", assessmentId.toString());
        return append("assessment-" + assessmentId, "AssessmentDefined", data);
    }

    RecordedEvent assessmentGraded(String type, long userId, UUID assessmentId) {
        JsonObject data = EventFixtures.data(type).put("userId", userId).put("assessmentId", assessmentId.toString());
        return append("assessee-" + userId + "-" + assessmentId, type, data);
    }

    List<RecordedEvent> stream(String streamId) {
        return store.readStream(streamId).await().atMost(Duration.ofSeconds(5));
    }

    private RecordedEvent append(String streamId, String type, JsonObject data) {
        UUID id = UUID.randomUUID();
        JsonObject metadata = new JsonObject().put("schemaVersion", 1).put("correlationId", id.toString());
        store.append(streamId, ExpectedVersion.any(), List.of(new NewEvent(id, type, data, metadata)))
                .await().atMost(Duration.ofSeconds(5));
        return store.findEvent(id).await().atMost(Duration.ofSeconds(5));
    }
}
