package academy.projector.activities.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of a learner's activity feed; {@code details} holds the kind's own numbers. */
public record Activity(long userId, Instant occurredAt, String kind, UUID courseId, UUID lessonId,
                       Map<String, Object> details) {

    public Activity {
        details = Map.copyOf(details);
    }
}
