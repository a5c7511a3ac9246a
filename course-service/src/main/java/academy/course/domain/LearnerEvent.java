package academy.course.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Facts from other services that move a learner forward, read tolerantly (only the fields needed).
 * Both completions are authoritative: the score was judged by their producer.
 */
public sealed interface LearnerEvent {

    long userId();

    record LessonCompleted(long userId, UUID lessonId, UUID courseId, Instant completedAt) implements LearnerEvent {
    }

    record AssessmentPassed(long userId, UUID assessmentId, Instant decidedAt) implements LearnerEvent {
    }

    record AssessmentFailed(long userId, UUID assessmentId, Instant decidedAt) implements LearnerEvent {
    }
}
