package academy.testing;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The shared event fixtures (docs/events.md), one per event type: producer tests check what they
 * write has the fixture's fields, consumer tests feed the fixtures in.
 */
public final class EventFixtures {

    private EventFixtures() {
    }

    /** The whole fixture: streamId, eventType, data, metadata. */
    public static JsonObject fixture(String eventType) {
        String path = "fixtures/events/" + eventType + ".json";
        try (InputStream in = EventFixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture for event type " + eventType);
            }
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the fixture's data, to adapt (ids, times) before use. */
    public static JsonObject data(String eventType) {
        return fixture(eventType).getJsonObject("data").copy();
    }

    public static JsonObject metadata(String eventType) {
        return fixture(eventType).getJsonObject("metadata").copy();
    }
}
