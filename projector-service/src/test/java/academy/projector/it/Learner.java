package academy.projector.it;

import academy.eventstore.NewEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** One learner and one course of three lessons (two modules), with the events of their journey. */
final class Learner {

    final long userId = ThreadLocalRandom.current().nextLong(4_294_967_296L, 9_000_000_000_000L);
    final UUID courseId = UUID.randomUUID();
    final UUID moduleOne = UUID.randomUUID();
    final UUID moduleTwo = UUID.randomUUID();
    final List<UUID> lessons = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    private final Feed feed;

    Learner(Feed feed) {
        this.feed = feed;
    }

    String courseStream() {
        return "course-" + courseId;
    }

    String enrolmentStream() {
        return "enrollment-" + userId + "-" + courseId;
    }

    String lessonStream(UUID lessonId) {
        return "lesson-" + userId + "-" + lessonId;
    }

    String userStream() {
        return "user-" + userId;
    }

    long authorCourse() {
        return feed.append(courseStream(),
                Feed.event("CourseCreated", "courseId", courseId, "title", "Course " + courseId),
                Feed.event("ModuleAdded", "courseId", courseId, "moduleId", moduleOne, "position", 1),
                Feed.event("ModuleAdded", "courseId", courseId, "moduleId", moduleTwo, "position", 2),
                Feed.event("LessonAdded", "courseId", courseId, "moduleId", moduleOne, "lessonId", lessons.get(0),
                        "position", 1, "title", "First"),
                Feed.event("LessonAdded", "courseId", courseId, "moduleId", moduleOne, "lessonId", lessons.get(1),
                        "position", 2, "title", "Second"),
                Feed.event("LessonAdded", "courseId", courseId, "moduleId", moduleTwo, "lessonId", lessons.get(2),
                        "position", 1, "title", "Third"));
    }

    long enrol(Instant at) {
        return feed.append(enrolmentStream(),
                Feed.event("Enrolled", "userId", userId, "courseId", courseId, "enrolledAt", at),
                unlocked(0, at));
    }

    NewEvent unlocked(int lesson, Instant at) {
        return Feed.event("LessonUnlocked", "userId", userId, "courseId", courseId,
                "moduleId", lesson < 2 ? moduleOne : moduleTwo, "lessonId", lessons.get(lesson), "unlockedAt", at);
    }

    NewEvent started(int lesson, Instant at) {
        return Feed.event("LessonStarted", "userId", userId, "courseId", courseId, "lessonId", lessons.get(lesson),
                "startedAt", at);
    }

    NewEvent sitting(int lesson, double score, double best, int seconds, Instant at) {
        return Feed.event("LessonProgressRecorded", "userId", userId, "courseId", courseId,
                "lessonId", lessons.get(lesson), "score", score, "bestScore", best, "timeSpentSeconds", seconds,
                "recordedAt", at);
    }

    NewEvent completed(int lesson, double score, int seconds, int xp, boolean first, Instant at) {
        return Feed.event("LessonCompleted", "userId", userId, "courseId", courseId, "lessonId", lessons.get(lesson),
                "score", score, "timeSpentSeconds", seconds, "xpEarned", xp, "firstCompletion", first,
                "completedAt", at);
    }

    /** Start, one passing sitting and its completion, as learning-service appends them. */
    long complete(int lesson, double score, int seconds, int xp, boolean first, Instant at) {
        return feed.append(lessonStream(lessons.get(lesson)), started(lesson, at),
                sitting(lesson, score, score, seconds, at), completed(lesson, score, seconds, xp, first, at));
    }
}
