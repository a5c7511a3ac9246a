package academy.learning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A sitting whose score reached the pass score. Authoritative for every consumer. */
public record LessonCompleted(long userId, UUID lessonId, UUID courseId, BigDecimal score, BigDecimal passScore,
                              int timeSpentSeconds, int xpEarned, boolean firstCompletion, Instant completedAt)
        implements LessonEvent {
}
