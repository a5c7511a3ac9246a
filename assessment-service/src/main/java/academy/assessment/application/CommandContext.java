package academy.assessment.application;

import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import java.util.UUID;

/**
 * Who sends a command and how: ids of its events are deterministic when it carries an
 * Idempotency-Key, and {@code requestHash} (the request's hash) is stored with them and checked
 * when a retry finds them.
 */
public record CommandContext(long userId, String route, String idempotencyKey, String correlationId,
                             String traceparent, String requestHash) {

    public EventMetadata metadata() {
        return EventMetadata.forCommand(correlationId, userId, idempotencyKey, traceparent, requestHash);
    }

    public UUID eventId(int index) {
        return idempotencyKey == null ? EventIds.random()
                : EventIds.forCommand(Long.toString(userId), route, idempotencyKey, index);
    }

    /** A value derived from the key (an attempt or assessment id), so a retried command names the same thing. */
    public UUID derivedId(String purpose) {
        return idempotencyKey == null ? UUID.randomUUID()
                : EventIds.nameBased(purpose + "\n" + userId + "\n" + route + "\n" + idempotencyKey);
    }

    public boolean idempotent() {
        return idempotencyKey != null;
    }
}
