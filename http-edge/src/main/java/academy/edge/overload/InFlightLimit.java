package academy.edge.overload;

import academy.edge.http.HttpLimits;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;

/**
 * Sheds load instead of queueing into time-outs: beyond {@code academy.http.max-in-flight}
 * concurrent requests the next one gets 503 with Retry-After at once. Health and metrics
 * routes are never shed, so probes keep telling the truth under load.
 */
@ApplicationScoped
public class InFlightLimit {

    private static final int BEFORE_RESOURCES = 100;
    private static final String SHED = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"the service is at capacity; retry shortly\"}";

    private final int limit;
    private final Semaphore permits;

    @Inject
    public InFlightLimit(HttpLimits limits, MeterRegistry registry) {
        this.limit = limits.maxInFlight();
        this.permits = new Semaphore(limit);
        Gauge.builder("academy_http_requests_in_flight", this, InFlightLimit::inFlight)
                .description("Requests being served now (shed above academy.http.max-in-flight)")
                .register(registry);
    }

    public int inFlight() {
        return limit - permits.availablePermits();
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            if (path.startsWith("/q/") || path.equals("/health")) {
                context.next();
                return;
            }
            if (!permits.tryAcquire()) {
                context.response().setStatusCode(503).putHeader("Retry-After", "1")
                        .putHeader("Content-Type", "application/problem+json").end(SHED);
                return;
            }
            context.addEndHandler(ended -> permits.release());
            context.next();
        }, BEFORE_RESOURCES);
    }
}
