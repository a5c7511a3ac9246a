package academy.edge.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts requests answered 503 because a store is unreachable or busy
 * ({@code academy_requests_unavailable_total{cause}}). The refusals of a full pool wait queue are
 * exposed at 0 from start-up: the alert on their increase() sees the very first one, and the
 * series exists for whoever checks which metrics a service exports.
 */
@Startup
@ApplicationScoped
public class UnavailableRequests {

    static final String POOL_FULL = ConnectionPoolTooBusyException.class.getSimpleName();

    private final MeterRegistry registry;

    public UnavailableRequests(MeterRegistry registry) {
        this.registry = registry;
        counter(POOL_FULL);
    }

    public void count(Throwable failure) {
        counter(cause(failure)).increment();
    }

    /** The pool's refusal wherever it sits in the chain, else the failure's own type. */
    static String cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectionPoolTooBusyException) {
                return POOL_FULL;
            }
        }
        return failure.getClass().getSimpleName();
    }

    private Counter counter(String cause) {
        return Counter.builder("academy.requests.unavailable").description("Requests answered 503: a store unreachable or busy")
                .tag("cause", cause).register(registry);
    }
}
