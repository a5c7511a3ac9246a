package academy.course.domain;

import java.util.UUID;

public record Lesson(UUID lessonId, UUID moduleId, LessonContent content, int position) {
}
