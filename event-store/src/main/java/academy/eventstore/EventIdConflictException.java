package academy.eventstore;

import java.util.UUID;

/** An event id already stored with other content, stream or order: a retry that is not the same append. */
public class EventIdConflictException extends RuntimeException {

    private final UUID eventId;

    public EventIdConflictException(UUID eventId, String reason) {
        super("event " + eventId + " is already stored with " + reason);
        this.eventId = eventId;
    }

    public UUID eventId() {
        return eventId;
    }
}
