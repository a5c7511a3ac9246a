package academy.course.application;

import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import academy.eventstore.NewEvent;
import java.util.List;
import java.util.UUID;

/**
 * Who sent a command and how to name its events: ids are UUIDv5 over (user, route, key, index)
 * when an Idempotency-Key was given, random otherwise. With a key, {@code requestHash} (the
 * request's hash) is stored with the events and checked when a retry finds them.
 */
public record CommandContext(long userId, String route, String idempotencyKey, String traceparent,
                             String requestHash) {

    public UUID eventId(int index) {
        return idempotencyKey == null ? EventIds.random()
                : EventIds.forCommand(Long.toString(userId), route, idempotencyKey, index);
    }

    /** A new item's id: derived from the key so a retry that lost its answer still names the same item. */
    public UUID newId(String kind) {
        return idempotencyKey == null ? UUID.randomUUID()
                : EventIds.nameBased("item\n" + kind + "\n" + userId + "\n" + route + "\n" + idempotencyKey);
    }

    public List<NewEvent> toNewEvents(List<?> events) {
        EventMetadata metadata = EventMetadata.forCommand(UUID.randomUUID().toString(), userId, idempotencyKey,
                traceparent, requestHash);
        List<NewEvent> result = new java.util.ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            result.add(NewEvent.of(eventId(i), events.get(i), metadata));
        }
        return result;
    }
}
