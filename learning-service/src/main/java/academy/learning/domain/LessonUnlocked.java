package academy.learning.domain;

import java.time.Instant;
import java.util.UUID;

/** course-service's event on {@code enrollment-{userId}-{courseId}}, read here to refuse locked lessons. */
public record LessonUnlocked(long userId, UUID courseId, UUID moduleId, UUID lessonId, String reason,
                             Instant unlockedAt) {
}
