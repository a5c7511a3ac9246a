package academy.edge.health;

import academy.eventstore.EventStoreStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once migrations ran and the restore guard passed (PostgreSQL itself has its own check). */
@Readiness
@ApplicationScoped
public class EventStoreReadiness implements HealthCheck {

    private final EventStoreStartup store;

    @Inject
    public EventStoreReadiness(EventStoreStartup store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("event-store").status(store.isReady()).build();
    }
}
