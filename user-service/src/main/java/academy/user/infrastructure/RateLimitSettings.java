package academy.user.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A token bucket per client address: {@code capacity} requests at once, refilled per minute. */
@ApplicationScoped
public class RateLimitSettings {

    private final int capacity;
    private final int refillPerMinute;
    private final String bucket;

    public RateLimitSettings(@ConfigProperty(name = "academy.auth.rate-limit.capacity", defaultValue = "20") int capacity,
                             @ConfigProperty(name = "academy.auth.rate-limit.refill-per-minute", defaultValue = "20") int refillPerMinute,
                             @ConfigProperty(name = "academy.auth.rate-limit.bucket", defaultValue = "auth-telegram") String bucket) {
        this.capacity = capacity;
        this.refillPerMinute = refillPerMinute;
        this.bucket = bucket;
    }

    public int capacity() {
        return capacity;
    }

    public double refillPerMilli() {
        return refillPerMinute / 60_000.0;
    }

    public String bucket() {
        return bucket;
    }

    /** Time for an empty bucket to fill up again: how long a key needs to live. */
    public long fullRefillMillis() {
        return (long) Math.ceil(capacity / refillPerMilli());
    }
}
