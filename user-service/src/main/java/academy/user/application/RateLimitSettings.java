package academy.user.application;

import academy.edge.ratelimit.RateLimitRule;
import jakarta.enterprise.context.ApplicationScoped;

/** Sign-in attempts per client address: {@code capacity} at once, refilled per minute. */
@ApplicationScoped
public class RateLimitSettings {

    private final RateLimitRule signIn;

    public RateLimitSettings(SignInLimitSettings settings) {
        this.signIn = RateLimitRule.perMinute(settings.bucket(), settings.capacity(), settings.refillPerMinute());
    }

    public RateLimitRule signIn() {
        return signIn;
    }
}
