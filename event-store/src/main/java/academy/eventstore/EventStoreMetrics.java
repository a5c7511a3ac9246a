package academy.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/**
 * Append metrics: {@code event_store_events_appended_total}, {@code event_store_append_seconds}
 * (histogram buckets for p95) and {@code event_store_conflicts_total}.
 */
@ApplicationScoped
public class EventStoreMetrics {

    private final Counter appendedEvents;
    private final Counter conflicts;
    private final Timer appendLatency;

    @Inject
    public EventStoreMetrics(MeterRegistry registry) {
        this.appendedEvents = Counter.builder("event_store.events.appended")
                .description("Events appended to the event store (idempotent retries excluded)")
                .register(registry);
        this.conflicts = Counter.builder("event_store.conflicts")
                .description("Appends refused because the expected version was stale")
                .register(registry);
        this.appendLatency = Timer.builder("event_store.append")
                .description("Latency of one append, from call to commit")
                .publishPercentileHistogram()
                .register(registry);
    }

    void appended(AppendResult result, int events, long nanos) {
        appendLatency.record(nanos, TimeUnit.NANOSECONDS);
        if (!result.alreadyStored()) {
            appendedEvents.increment(events);
        }
    }

    void conflict(Throwable ignored) {
        conflicts.increment();
    }
}
