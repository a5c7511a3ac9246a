package academy.projector.coursestats.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What one event adds to a course's statistics. */
public sealed interface CourseStatsChange {

    UUID courseId();

    record EnrolmentCounted(UUID courseId) implements CourseStatsChange {
    }

    record CourseCompletionCounted(UUID courseId) implements CourseStatsChange {
    }

    /** A lesson completion of the course; its score counts towards the course's average score. */
    record LessonCompletionCounted(UUID courseId, BigDecimal score) implements CourseStatsChange {
    }
}
