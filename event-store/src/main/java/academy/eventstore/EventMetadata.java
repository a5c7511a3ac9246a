package academy.eventstore;

import io.vertx.core.json.JsonObject;

/**
 * Metadata stored with every event (docs/events.md). Null fields are left out.
 *
 * @param userId the caller, or the learner a reaction acts for; null for system jobs
 * @param requestHash with an Idempotency-Key, the hash of the request that appended the event:
 *                    a retry with the same key and another request is refused by it (422)
 */
public record EventMetadata(String correlationId, String causationId, Long userId, String idempotencyKey,
                            String traceparent, int schemaVersion, String requestHash) {

    public static final int CURRENT_SCHEMA_VERSION = 1;
    public static final String REQUEST_HASH = "requestHash";

    public EventMetadata(String correlationId, String causationId, Long userId, String idempotencyKey,
                         String traceparent, int schemaVersion) {
        this(correlationId, causationId, userId, idempotencyKey, traceparent, schemaVersion, null);
    }

    public static EventMetadata forCommand(String correlationId, Long userId, String idempotencyKey, String traceparent) {
        return forCommand(correlationId, userId, idempotencyKey, traceparent, null);
    }

    public static EventMetadata forCommand(String correlationId, Long userId, String idempotencyKey, String traceparent,
                                           String requestHash) {
        return new EventMetadata(correlationId, correlationId, userId, idempotencyKey, traceparent,
                CURRENT_SCHEMA_VERSION, idempotencyKey == null ? null : requestHash);
    }

    /** Metadata for an event a reaction appends because of {@code source}. */
    public static EventMetadata causedBy(RecordedEvent source, Long userId) {
        String correlation = source.metadata().getString("correlationId", source.eventId().toString());
        return new EventMetadata(correlation, source.eventId().toString(), userId, null,
                source.metadata().getString("traceparent"), CURRENT_SCHEMA_VERSION);
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject().put("schemaVersion", schemaVersion);
        putIfPresent(json, "correlationId", correlationId);
        putIfPresent(json, "causationId", causationId);
        putIfPresent(json, "userId", userId);
        putIfPresent(json, "idempotencyKey", idempotencyKey);
        putIfPresent(json, "traceparent", traceparent);
        putIfPresent(json, REQUEST_HASH, requestHash);
        return json;
    }

    private static void putIfPresent(JsonObject json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
