package academy.eventstore;

import io.vertx.core.json.JsonObject;
import java.util.Objects;
import java.util.UUID;

/** An event to append: its (deterministic or random) id, type, data and metadata. */
public record NewEvent(UUID eventId, String eventType, JsonObject data, JsonObject metadata) {

    public NewEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(data, "data");
        metadata = metadata == null ? new JsonObject() : metadata;
    }

    /** Builds an event from a payload record; the event type is the record's simple class name. */
    public static NewEvent of(UUID eventId, Object payload, EventMetadata metadata) {
        return new NewEvent(eventId, payload.getClass().getSimpleName(), EventJson.toJson(payload), metadata.toJson());
    }
}
