package academy.edge.ratelimit;

import academy.edge.auth.Caller;
import academy.edge.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Writes per learner: a learner (not an admin) gets {@code capacity} writes at once, refilled at
 * {@code refill-per-second}, in every service, counted across replicas; beyond that 429 with
 * Retry-After before any resource runs, so nothing is appended.
 */
@ApplicationScoped
public class WriteRateLimit {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final boolean enabled;
    private final RateLimitRule rule;
    private final RateLimiter limiter;
    private final Counter refused;

    @Inject
    public WriteRateLimit(WriteRateLimitSettings settings, RateLimiter limiter, MeterRegistry registry) {
        this.enabled = settings.enabled();
        this.rule = new RateLimitRule("writes", settings.capacity(), settings.refillPerSecond());
        this.limiter = limiter;
        this.refused = Counter.builder("academy.rate.limited").tag("rule", rule.bucket())
                .description("Requests refused with 429 by a rate limit").register(registry);
    }

    @ServerRequestFilter
    public Uni<Void> limitWrites(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        Principal caller = security == null ? null : security.getUserPrincipal();
        if (!enabled || !WRITES.contains(request.getMethod()) || caller == null || caller.getName() == null
                || security.isUserInRole(Caller.ADMIN)) {
            return Uni.createFrom().voidItem();
        }
        return limiter.tryAcquire(rule, caller.getName()).map(allowed -> {
            if (!allowed) {
                refused.increment();
                throw ProblemException.tooManyRequests("too many changes in a short time; slow down",
                        rule.retryAfterSeconds());
            }
            return null;
        });
    }
}
