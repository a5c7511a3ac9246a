package academy.projector.projection.infrastructure;

import academy.eventstore.EventJson;
import academy.eventstore.RecordedEvent;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import academy.projector.projection.domain.FeedEvent;

/** Reads stored events into the projector's domain records, by event type (tolerantly). */
public final class FeedEvents {

    private static final Map<String, Class<?>> TYPES = new HashMap<>();

    static {
        for (Class<?> type : FeedEvent.class.getPermittedSubclasses()) {
            TYPES.put(type.getSimpleName(), type);
        }
    }

    private FeedEvents() {
    }

    /** The domain record of this event, or empty for event types the projector does not read. */
    public static Optional<FeedEvent> read(RecordedEvent event) {
        return read(event.eventType(), event.data());
    }

    public static Optional<FeedEvent> read(String eventType, JsonObject data) {
        Class<?> type = TYPES.get(eventType);
        return type == null ? Optional.empty() : Optional.of((FeedEvent) EventJson.fromJson(data, type));
    }
}
