package academy.projector.it;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.eventstore.SubscriptionPositions;
import academy.testing.EventFixtures;
import academy.testing.Poll;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import academy.projector.projection.application.ProjectionCatalogue;

/** Fixture-shaped events appended through the EventStore bean, and waiting for the projections. */
final class Feed {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final EventStore store;
    private final SubscriptionPositions positions;
    private final ProjectionCatalogue catalogue;

    Feed(EventStore store, SubscriptionPositions positions, ProjectionCatalogue catalogue) {
        this.store = store;
        this.positions = positions;
        this.catalogue = catalogue;
    }

    /** The shared fixture of {@code type} with fields overridden, under a fresh event id. */
    static NewEvent event(String type, Object... overrides) {
        JsonObject data = EventFixtures.data(type).copy();
        for (int i = 0; i < overrides.length; i += 2) {
            Object value = overrides[i + 1];
            data.put((String) overrides[i], value instanceof UUID || value instanceof java.time.Instant
                    ? value.toString() : value);
        }
        return new NewEvent(UUID.randomUUID(), type, data, EventFixtures.metadata(type).copy());
    }

    /** Appends to {@code streamId}; returns the global position of the last event. */
    long append(String streamId, NewEvent... events) {
        return store.append(streamId, ExpectedVersion.any(), List.of(events)).await().atMost(Duration.ofSeconds(10))
                .lastPosition();
    }

    /** Waits until every projection has handled the event at {@code position}. */
    void awaitProjections(long position) {
        List<String> subscriptions = catalogue.names().stream().map(ProjectionCatalogue::subscription).toList();
        Poll.until(PATIENCE, () -> positions.passed(subscriptions, position).await().atMost(Duration.ofSeconds(5)));
    }

    void awaitProjection(String name, long position) {
        Poll.until(PATIENCE, () -> positions.passed(List.of(ProjectionCatalogue.subscription(name)), position)
                .await().atMost(Duration.ofSeconds(5)));
    }

    static void assertPositive(long position) {
        assertThat(position).isPositive();
    }
}
