package academy.user.application;

import academy.edge.ratelimit.RateLimitRule;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in attempts per client address: {@code capacity} at once, refilled per minute. */
@ApplicationScoped
public class RateLimitSettings {

    private final RateLimitRule signIn;

    public RateLimitSettings(@ConfigProperty(name = "academy.auth.rate-limit.capacity", defaultValue = "20") int capacity,
                             @ConfigProperty(name = "academy.auth.rate-limit.refill-per-minute", defaultValue = "20") int refillPerMinute,
                             @ConfigProperty(name = "academy.auth.rate-limit.bucket", defaultValue = "auth-telegram") String bucket) {
        this.signIn = RateLimitRule.perMinute(bucket, capacity, refillPerMinute);
    }

    public RateLimitRule signIn() {
        return signIn;
    }
}
