package academy.learning.domain;

import java.time.Instant;
import java.util.UUID;

public record LessonStarted(long userId, UUID lessonId, UUID courseId, Instant startedAt) implements LessonEvent {
}
