package academy.course.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Events of the stream course-{courseId}; names and fields as in docs/events.md. */
public sealed interface CourseEvent {

    UUID courseId();

    record CourseCreated(UUID courseId, String title, String description, long createdBy, Instant createdAt)
            implements CourseEvent {
    }

    record ModuleAdded(UUID courseId, UUID moduleId, String title, int position) implements CourseEvent {
    }

    record LessonAdded(UUID courseId, UUID moduleId, UUID lessonId, String title, String body,
                       List<String> mediaLinks, int xp, BigDecimal passScore, int position) implements CourseEvent {
    }

    record LessonUpdated(UUID courseId, UUID moduleId, UUID lessonId, String title, String body,
                         List<String> mediaLinks, int xp, BigDecimal passScore, int position) implements CourseEvent {
    }

    record AssessmentAttached(UUID courseId, UUID moduleId, UUID assessmentId) implements CourseEvent {
    }

    record CoursePublished(UUID courseId, Instant publishedAt) implements CourseEvent {
    }

    record CourseUnpublished(UUID courseId, Instant unpublishedAt) implements CourseEvent {
    }
}
