package academy.eventstore;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** An event as stored: its place in the stream and in the global feed. */
public record RecordedEvent(long globalPosition, long transactionId, String streamId, int streamVersion,
                            UUID eventId, String eventType, JsonObject data, JsonObject metadata,
                            Instant recordedAt) {

    /** The data read into a record or class; unknown fields are ignored (tolerant reader). */
    public <T> T dataAs(Class<T> type) {
        return EventJson.fromJson(data, type);
    }

    public int schemaVersion() {
        return metadata.getInteger("schemaVersion", EventMetadata.CURRENT_SCHEMA_VERSION);
    }
}
