package academy.edge.ratelimit;

import academy.edge.logging.AtMostEvery;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Token buckets shared by every replica through Redis. While Redis is down each replica limits
 * on its own (looser by the replica count) and the service keeps answering: Redis holds derived
 * data only, and a limit must never turn a Redis outage into an academy outage.
 */
@ApplicationScoped
public class RateLimiter {

    private final RedisTokenBucket redis;
    private final LongSupplier millis;
    private final Map<String, LocalTokenBucket> local = new ConcurrentHashMap<>();
    private final AtomicBoolean degraded = new AtomicBoolean(false);
    /** Under overload Redis can flap between busy and answering many times a second: say so once a minute. */
    private final AtMostEvery warning = new AtMostEvery(Duration.ofMinutes(1));

    @Inject
    public RateLimiter(RedisTokenBucket redis) {
        this(redis, System::currentTimeMillis);
    }

    RateLimiter(RedisTokenBucket redis, LongSupplier millis) {
        this.redis = redis;
        this.millis = millis;
    }

    /** True when {@code key} may go ahead under {@code rule}. */
    public Uni<Boolean> tryAcquire(RateLimitRule rule, String key) {
        return redis.tryAcquire(rule, key)
                .invoke(() -> degraded.set(false))
                .onFailure().recoverWithItem(failure -> {
                    degraded.set(true);
                    if (warning.due()) {
                        Log.warnf("Redis unavailable or busy (%s): rate limits fall back to each replica until it answers",
                                failure.getClass().getSimpleName());
                    }
                    return local.computeIfAbsent(rule.bucket(),
                                    bucket -> new LocalTokenBucket(rule.capacity(), rule.refillPerMilli()))
                            .tryAcquire(key, millis.getAsLong());
                });
    }

    public boolean degraded() {
        return degraded.get();
    }
}
