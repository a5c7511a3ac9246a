package academy.learning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One sitting's result, whether or not it completes the lesson. */
public record LessonProgressRecorded(long userId, UUID lessonId, UUID courseId, BigDecimal score,
                                     BigDecimal bestScore, int timeSpentSeconds, Instant recordedAt)
        implements LessonEvent {
}
