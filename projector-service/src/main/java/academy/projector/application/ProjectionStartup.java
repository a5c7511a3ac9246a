package academy.projector.application;

import academy.eventstore.EventFeed;
import academy.eventstore.MigrationSet;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The read-model schema (run by the event-store's migrations) and the projections' subscriptions. */
@ApplicationScoped
public class ProjectionStartup {

    private final EventFeed feed;
    private final ProjectionCatalogue catalogue;

    public ProjectionStartup(EventFeed feed, ProjectionCatalogue catalogue) {
        this.feed = feed;
        this.catalogue = catalogue;
    }

    @Produces
    @Singleton
    MigrationSet migrations() {
        return new MigrationSet("projector-service", List.of("db/projector-service/V1__read_models.sql",
                "db/projector-service/V2__daily_activity.sql"));
    }

    void onStart(@Observes StartupEvent event) {
        catalogue.live().forEach(handler -> feed.subscribe(ProjectionCatalogue.subscription(handler.name()), handler));
        Log.infof("projections subscribed: %s", catalogue.names());
    }
}
