package academy.eventstore;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** At start-up: schema migrations of the store and of every module, then the restore guard. */
@ApplicationScoped
public class EventStoreStartup {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Pool pool;
    private final Instance<MigrationSet> moduleMigrations;
    private volatile boolean ready;

    @Inject
    public EventStoreStartup(Pool pool, Instance<MigrationSet> moduleMigrations) {
        this.pool = pool;
        this.moduleMigrations = moduleMigrations;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        List<MigrationSet> sets = new ArrayList<>();
        sets.add(SchemaMigrator.EVENT_STORE);
        moduleMigrations.forEach(sets::add);
        new SchemaMigrator(pool).migrate(sets)
                .chain(() -> new RestoreGuard(pool).check())
                .await().atMost(STARTUP_TIMEOUT);
        ready = true;
    }

    /** True once the schema is migrated and the restore guard passed. */
    public boolean isReady() {
        return ready;
    }
}
