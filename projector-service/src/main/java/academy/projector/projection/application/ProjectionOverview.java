package academy.projector.projection.application;

import academy.eventstore.EventFeed;
import academy.eventstore.FeedSubscription;
import academy.eventstore.SubscriptionPositions;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import academy.projector.projection.infrastructure.ProjectionHandler;

/** Each projection's position, lag and state, for operators. */
@ApplicationScoped
public class ProjectionOverview {

    private final ProjectionCatalogue catalogue;
    private final SubscriptionPositions positions;
    private final EventFeed feed;
    private final ProjectionRebuilder rebuilder;

    public ProjectionOverview(ProjectionCatalogue catalogue, SubscriptionPositions positions, EventFeed feed,
                              ProjectionRebuilder rebuilder) {
        this.catalogue = catalogue;
        this.positions = positions;
        this.feed = feed;
        this.rebuilder = rebuilder;
    }

    public Uni<List<Projection>> all() {
        return Multi.createFrom().iterable(catalogue.live())
                .onItem().transformToUniAndConcatenate(this::describe)
                .collect().asList();
    }

    private Uni<Projection> describe(ProjectionHandler handler) {
        String subscription = ProjectionCatalogue.subscription(handler.name());
        return positions.status(subscription, handler.eventTypes()).map(status -> {
            double lag = status.oldestWaiting() == null ? 0
                    : Math.max(0, Duration.between(status.oldestWaiting(), Instant.now()).toMillis() / 1000.0);
            RebuildStatus rebuild = rebuilder.status(handler.name()).orElse(null);
            return new Projection(handler.name(), subscription, status.position(), lag, state(subscription, rebuild),
                    rebuild);
        });
    }

    private String state(String subscription, RebuildStatus rebuild) {
        if (rebuild != null && rebuild.running()) {
            return "rebuilding";
        }
        FeedSubscription running = feed.subscription(subscription);
        if (running == null) {
            return "stopped";
        }
        return running.isActive() ? "active" : "standby";
    }

    /** One projection as GET /projections lists it; {@code lagSeconds} is as of its checkpoint in PostgreSQL. */
    public record Projection(String name, String subscription, long position, double lagSeconds, String state,
                             RebuildStatus rebuild) {
    }
}
