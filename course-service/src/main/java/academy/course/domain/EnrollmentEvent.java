package academy.course.domain;

import java.time.Instant;
import java.util.UUID;

/** Events of the stream enrollment-{userId}-{courseId}; names and fields as in docs/events.md. */
public sealed interface EnrollmentEvent {

    String REASON_ENROLMENT = "enrolment";
    String REASON_PREVIOUS_LESSON = "previous-lesson-completed";
    String REASON_MODULE_UNLOCKED = "module-unlocked";

    long userId();

    UUID courseId();

    record Enrolled(long userId, UUID courseId, Instant enrolledAt) implements EnrollmentEvent {
    }

    record LessonUnlocked(long userId, UUID courseId, UUID moduleId, UUID lessonId, String reason,
                          Instant unlockedAt) implements EnrollmentEvent {
    }

    record ModuleUnlocked(long userId, UUID courseId, UUID moduleId, Instant unlockedAt) implements EnrollmentEvent {
    }

    record ModuleCompleted(long userId, UUID courseId, UUID moduleId, Instant completedAt) implements EnrollmentEvent {
    }

    record CourseCompleted(long userId, UUID courseId, Instant completedAt) implements EnrollmentEvent {
    }
}
