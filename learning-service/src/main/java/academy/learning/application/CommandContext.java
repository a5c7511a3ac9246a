package academy.learning.application;

import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import java.util.UUID;

/**
 * Who sent a command and how: with an Idempotency-Key the event ids are deterministic, so a
 * retried command finds its own events instead of appending new ones.
 *
 * @param route the concrete route with its ids ({@code POST /lessons/progress/<lessonId>})
 * @param requestHash with a key, the request's hash: stored with the events, checked on replay
 */
public record CommandContext(long userId, String route, String idempotencyKey, String correlationId,
                             String traceparent, String requestHash) {

    public boolean idempotent() {
        return idempotencyKey != null;
    }

    public UUID eventId(int index) {
        return idempotent() ? EventIds.forCommand(Long.toString(userId), route, idempotencyKey, index) : EventIds.random();
    }

    public EventMetadata metadata() {
        return EventMetadata.forCommand(correlationId, userId, idempotencyKey, traceparent, requestHash);
    }
}
