package academy.edge.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens whose signature and claims were verified, by their text, so a learner's next request
 * skips the RS256 check. Bounded in number; an entry lives at most {@code maxAge} and never past
 * the token's {@code exp}: it is dropped by then, and a lookup at or after {@code exp} misses
 * even if the entry is still there (the token then goes through full verification, which refuses it).
 */
final class VerifiedTokens {

    private final Cache<String, JsonWebToken> tokens;
    private final LongSupplier epochMillis;
    private final long maxAgeNanos;

    VerifiedTokens(long maxSize, Duration maxAge, LongSupplier epochMillis, Ticker ticker) {
        this.epochMillis = epochMillis;
        this.maxAgeNanos = maxAge.toNanos();
        this.tokens = Caffeine.newBuilder().maximumSize(maxSize).ticker(ticker).recordStats()
                .expireAfter(new UntilExpiry()).build();
    }

    JsonWebToken get(String raw) {
        JsonWebToken token = tokens.getIfPresent(raw);
        if (token == null) {
            return null;
        }
        if (remainingNanos(token) <= 0) {
            tokens.invalidate(raw);
            return null;
        }
        return token;
    }

    void put(String raw, JsonWebToken token) {
        if (remainingNanos(token) > 0) {
            tokens.put(raw, token);
        }
    }

    long hits() {
        return tokens.stats().hitCount();
    }

    long size() {
        tokens.cleanUp();
        return tokens.estimatedSize();
    }

    /** Nanoseconds until the token's exp, capped at the maximum age; 0 or less when expired or without exp. */
    private long remainingNanos(JsonWebToken token) {
        Object exp = token.getClaim(Claims.exp.name());
        if (!(exp instanceof Number seconds) || seconds.longValue() <= 0) {
            return 0;
        }
        long untilExp = TimeUnit.MILLISECONDS.toNanos(seconds.longValue() * 1000 - epochMillis.getAsLong());
        return Math.min(untilExp, maxAgeNanos);
    }

    private final class UntilExpiry implements Expiry<String, JsonWebToken> {
        @Override
        public long expireAfterCreate(String key, JsonWebToken token, long currentTime) {
            return Math.max(0, remainingNanos(token));
        }

        @Override
        public long expireAfterUpdate(String key, JsonWebToken token, long currentTime, long currentDuration) {
            return Math.max(0, remainingNanos(token));
        }

        @Override
        public long expireAfterRead(String key, JsonWebToken token, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
