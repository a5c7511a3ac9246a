package academy.eventstore.command;

import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import academy.eventstore.NewEvent;
import academy.eventstore.codec.EventCodec;
import java.util.List;
import java.util.UUID;

/**
 * Who sent a command and how, and therefore how its events are named. With an Idempotency-Key
 * every id is derived from (caller, route, key): a retried command finds its own events instead
 * of appending new ones, and {@code requestHash} (stored with them) tells a retry from another
 * request reusing the key. Without a key ids are random.
 *
 * @param callerId the user who sent the command
 * @param route the concrete route with its ids ({@code POST /lessons/progress/<lessonId>})
 * @param idempotencyKey the request's Idempotency-Key; null without one
 * @param traceparent the W3C trace context the events carry; may be null
 * @param correlationId ties every event of this command together in the metadata
 * @param requestHash with a key, the request's hash; null otherwise
 */
public record CommandOrigin(long callerId, String route, String idempotencyKey, String traceparent,
                            String correlationId, String requestHash) {

    public CommandOrigin {
        correlationId = correlationId == null ? UUID.randomUUID().toString() : correlationId;
        requestHash = idempotencyKey == null ? null : requestHash;
    }

    /** A command with a fresh correlation id. */
    public static CommandOrigin of(long callerId, String route, String idempotencyKey, String traceparent,
                                   String requestHash) {
        return new CommandOrigin(callerId, route, idempotencyKey, traceparent, null, requestHash);
    }

    public boolean idempotent() {
        return idempotencyKey != null;
    }

    /** Id of the command's {@code index}-th event (the same UUIDv5 {@link EventIds#forCommand} has always made). */
    public UUID eventId(int index) {
        return idempotent() ? EventIds.forCommand(Long.toString(callerId), route, idempotencyKey, index)
                : EventIds.random();
    }

    /**
     * A new thing's id (an attempt, a course, a module), derived from the key so that a retry
     * which lost its answer still names the same thing: UUIDv5 of
     * {@code purpose \n caller \n route \n key}; random without a key.
     */
    public UUID derivedId(String purpose) {
        return idempotent()
                ? EventIds.nameBased(purpose + "\n" + callerId + "\n" + route + "\n" + idempotencyKey)
                : UUID.randomUUID();
    }

    public EventMetadata metadata() {
        return EventMetadata.forCommand(correlationId, callerId, idempotencyKey, traceparent, requestHash);
    }

    /** The decided events as this command appends them: its ids, its metadata. */
    public <E> List<NewEvent> toNewEvents(EventCodec<E> codec, List<? extends E> events) {
        return codec.encode(events, this::eventId, metadata());
    }
}
