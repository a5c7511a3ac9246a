package academy.edge.ratelimit;

import io.smallrye.config.ConfigMapping;

/**
 * Writes per learner ({@code academy.rate-limit.writes.*}). Every default is in
 * microprofile-config.properties, next to its environment variable (ACADEMY_WRITE_RATE_LIMIT_*).
 */
@ConfigMapping(prefix = "academy.rate-limit.writes")
public interface WriteRateLimitSettings {

    boolean enabled();

    /** Writes a learner may burst. */
    int capacity();

    /** Writes a learner regains per second. */
    double refillPerSecond();
}
