package academy.projector.projection.domain;

import academy.testing.EventFixtures;
import io.vertx.core.json.JsonObject;
import academy.projector.projection.infrastructure.FeedEvents;

/** Domain events built from the shared JSON fixtures, with fields overridden where a test needs it. */
public final class Given {

    private Given() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends FeedEvent> T event(String type, Object... overrides) {
        JsonObject data = EventFixtures.data(type).copy();
        for (int i = 0; i < overrides.length; i += 2) {
            data.put((String) overrides[i], overrides[i + 1]);
        }
        return (T) FeedEvents.read(type, data).orElseThrow();
    }
}
