package academy.learning.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What learning-service knows of a lesson, from course-service's LessonAdded/LessonUpdated. */
public record Lesson(UUID lessonId, UUID courseId, UUID moduleId, BigDecimal passScore, int xp) {

    public Lesson {
        passScore = Scores.normalized(passScore);
    }

    public boolean isPassedBy(BigDecimal score) {
        return score.compareTo(passScore) >= 0;
    }
}
