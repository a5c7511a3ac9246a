package academy.learning.api;

import static io.restassured.RestAssured.given;

import academy.eventstore.EventIds;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.learning.infrastructure.LessonStreams;
import academy.testing.EventFixtures;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * course-service's events as the tests need them, shaped like the shared fixtures and appended
 * through the real EventStore: lessons (LessonAdded) and learners' unlocks (Enrolled, LessonUnlocked).
 */
final class LearningFixtures {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final EventStore store;

    LearningFixtures(EventStore store) {
        this.store = store;
    }

    record TestLesson(UUID courseId, UUID moduleId, UUID lessonId) {
    }

    static long newLearner() {
        return ThreadLocalRandom.current().nextLong(4_294_967_296L, 9_000_000_000_000L);
    }

    /** Appends a LessonAdded for a new lesson, without waiting for the lookup table. */
    TestLesson appendLesson(double passScore, int xp) {
        TestLesson lesson = new TestLesson(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        JsonObject data = EventFixtures.data("LessonAdded")
                .put("courseId", lesson.courseId().toString())
                .put("moduleId", lesson.moduleId().toString())
                .put("lessonId", lesson.lessonId().toString())
                .put("passScore", passScore)
                .put("xp", xp);
        append("course-" + lesson.courseId(), "LessonAdded", data);
        return lesson;
    }

    /** A new lesson, known to learning-service once this returns. */
    TestLesson knownLesson(double passScore, int xp) {
        TestLesson lesson = appendLesson(passScore, xp);
        awaitKnown(lesson);
        return lesson;
    }

    void updateLesson(TestLesson lesson, double passScore, int xp) {
        JsonObject data = EventFixtures.data("LessonUpdated")
                .put("courseId", lesson.courseId().toString())
                .put("moduleId", lesson.moduleId().toString())
                .put("lessonId", lesson.lessonId().toString())
                .put("passScore", passScore)
                .put("xp", xp);
        append("course-" + lesson.courseId(), "LessonUpdated", data);
    }

    void awaitKnown(TestLesson lesson) {
        long probe = newLearner();
        Poll.until(TIMEOUT, () -> given().auth().oauth2(TestTokens.learner(probe))
                .get("/lessons/{id}/progress", lesson.lessonId()).statusCode() == 200);
    }

    /** Enrolled, then LessonUnlocked for {@code lesson}, on the learner's enrolment stream. */
    void unlock(long userId, TestLesson lesson) {
        String stream = LessonStreams.enrollment(userId, lesson.courseId());
        JsonObject enrolled = EventFixtures.data("Enrolled")
                .put("userId", userId)
                .put("courseId", lesson.courseId().toString());
        JsonObject unlocked = EventFixtures.data("LessonUnlocked")
                .put("userId", userId)
                .put("courseId", lesson.courseId().toString())
                .put("moduleId", lesson.moduleId().toString())
                .put("lessonId", lesson.lessonId().toString());
        append(stream, "Enrolled", enrolled);
        append(stream, "LessonUnlocked", unlocked);
    }

    /** Enrolled only: the learner is in the course but this lesson stays locked. */
    void enrolOnly(long userId, TestLesson lesson) {
        JsonObject enrolled = EventFixtures.data("Enrolled")
                .put("userId", userId)
                .put("courseId", lesson.courseId().toString());
        append(LessonStreams.enrollment(userId, lesson.courseId()), "Enrolled", enrolled);
    }

    List<RecordedEvent> lessonStream(long userId, TestLesson lesson) {
        return store.readStream(LessonStreams.lesson(userId, lesson.lessonId())).await().atMost(TIMEOUT);
    }

    private void append(String stream, String type, JsonObject data) {
        JsonObject metadata = EventFixtures.metadata(type);
        NewEvent event = new NewEvent(EventIds.random(), type, data, metadata);
        store.append(stream, ExpectedVersion.any(), List.of(event)).await().atMost(TIMEOUT);
    }
}
