package academy.eventstore;

import java.time.Instant;
import java.util.UUID;

/** An event a subscription could not handle after all its attempts, set aside for an operator. */
public record DeadLetter(long id, String subscription, UUID eventId, long globalPosition, String streamId,
                         String eventType, int attempts, String lastError, String status, Instant parkedAt,
                         Instant resolvedAt) {
}
