package academy.projector.projection.application;

import academy.eventstore.MigrationSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The read models' tables, created by the event store's migrations at start-up, before any subscription runs. */
@ApplicationScoped
public class ProjectorSchema {

    @Produces
    @Singleton
    MigrationSet migrations() {
        return new MigrationSet("projector-service", List.of("db/projector-service/V1__read_models.sql",
                "db/projector-service/V2__daily_activity.sql"));
    }
}
