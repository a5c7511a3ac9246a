package academy.projector.domain;

import academy.projector.infrastructure.feed.FeedEvents;
import academy.testing.EventFixtures;
import io.vertx.core.json.JsonObject;

/** Domain events built from the shared JSON fixtures, with fields overridden where a test needs it. */
final class Given {

    private Given() {
    }

    @SuppressWarnings("unchecked")
    static <T extends FeedEvent> T event(String type, Object... overrides) {
        JsonObject data = EventFixtures.data(type).copy();
        for (int i = 0; i < overrides.length; i += 2) {
            data.put((String) overrides[i], overrides[i + 1]);
        }
        return (T) FeedEvents.read(type, data).orElseThrow();
    }
}
