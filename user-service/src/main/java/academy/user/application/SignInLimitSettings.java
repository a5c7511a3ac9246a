package academy.user.application;

import io.smallrye.config.ConfigMapping;

/** Sign-in attempts per client address ({@code academy.auth.rate-limit.*}); defaults in application.properties (AUTH_RATE_LIMIT_*). */
@ConfigMapping(prefix = "academy.auth.rate-limit")
public interface SignInLimitSettings {

    int capacity();

    int refillPerMinute();

    /** The Redis bucket's name. */
    String bucket();
}
