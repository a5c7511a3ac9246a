package academy.projector.projection.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The projector's own meters: events applied and duplicates skipped per projection, and batch
 * duration (live and rebuild). The feed's lag gauge comes from the event-store library.
 */
@ApplicationScoped
public class ProjectionMetrics {

    private final MeterRegistry registry;

    public ProjectionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void batchHandled(String projection, boolean live, int applied, int duplicates, Duration took) {
        String mode = live ? "live" : "rebuild";
        Counter.builder("projection.events.processed").tag("projection", projection).tag("mode", mode)
                .description("Events applied to a projection's read model").register(registry).increment(applied);
        if (duplicates > 0) {
            Counter.builder("projection.events.duplicates").tag("projection", projection)
                    .description("Redelivered events a projection recognised and skipped")
                    .register(registry).increment(duplicates);
        }
        Timer.builder("projection.batch.duration").tag("projection", projection).tag("mode", mode)
                .description("Time to apply one batch to a projection's tables").publishPercentileHistogram()
                .register(registry).record(took);
    }

    public MeterRegistry registry() {
        return registry;
    }
}
