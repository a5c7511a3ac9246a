package academy.learning.infrastructure;

import academy.learning.domain.Lesson;
import java.math.BigDecimal;
import java.util.UUID;

/** The fields of course-service's LessonAdded and LessonUpdated that learning-service reads. */
record LessonDefinition(UUID lessonId, UUID courseId, UUID moduleId, BigDecimal passScore, Integer xp) {

    boolean complete() {
        return lessonId != null && courseId != null && moduleId != null && passScore != null && xp != null;
    }

    Lesson toLesson() {
        return new Lesson(lessonId, courseId, moduleId, passScore, xp);
    }
}
