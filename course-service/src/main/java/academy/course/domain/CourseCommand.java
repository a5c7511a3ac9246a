package academy.course.domain;

import java.time.Instant;
import java.util.UUID;

/** What an admin asks of a course. Ids of new items are chosen by the caller of decide. */
public sealed interface CourseCommand {

    record CreateCourse(UUID courseId, String title, String description, long createdBy, Instant at)
            implements CourseCommand {
    }

    record AddModule(UUID moduleId, String title) implements CourseCommand {
    }

    record AddLesson(UUID moduleId, UUID lessonId, LessonContent content) implements CourseCommand {
    }

    record UpdateLesson(UUID lessonId, LessonChanges changes) implements CourseCommand {
    }

    /** {@code assessmentDefined}: whether assessment-service has defined it (a lookup the caller made). */
    record AttachAssessment(UUID moduleId, UUID assessmentId, boolean assessmentDefined) implements CourseCommand {
    }

    record PublishCourse(Instant at) implements CourseCommand {
    }

    record UnpublishCourse(Instant at) implements CourseCommand {
    }
}
