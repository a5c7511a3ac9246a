package academy.eventstore;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * Event payloads to and from JSON, one policy for every service. Deliberately its own mapper:
 * events are read tolerantly (unknown fields ignored, absent fields null) while HTTP bodies are
 * strict; null fields are left out on write (docs/events.md); times are RFC 3339 strings.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL));

    private EventJson() {
    }

    @SuppressWarnings("unchecked")
    public static JsonObject toJson(Object payload) {
        return new JsonObject(MAPPER.convertValue(payload, Map.class));
    }

    /** Reads through the encoded text: a JsonObject may hold Vert.x JsonArray/JsonObject values Jackson cannot convert. */
    public static <T> T fromJson(JsonObject json, Class<T> type) {
        try {
            return MAPPER.readValue(json.encode(), type);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("event data does not fit " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
