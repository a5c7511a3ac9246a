package academy.eventstore;

import java.time.Instant;

/**
 * Where a subscription stands in PostgreSQL, whichever replica leads it: the global position of
 * the last event at or before its checkpoint (0 before any), and when the oldest event of its
 * types still waiting was recorded (null when it is caught up).
 */
public record SubscriptionStatus(long position, Instant oldestWaiting) {
}
