package academy.user.infrastructure;

import java.time.Instant;

/** The fields of LessonCompleted the streak reaction reads (tolerant reader). */
public record LessonCompletion(Long userId, Instant completedAt) {
}
