package academy.user.infrastructure;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Rate limit of POST /auth/telegram per client address: the Redis bucket shared by all replicas;
 * while Redis is down each replica limits on its own and the service keeps answering.
 */
@ApplicationScoped
public class LoginRateLimiter {

    private final RedisTokenBucket redis;
    private final LocalTokenBucket local;
    private final LongSupplier millis;
    private final AtomicBoolean degraded = new AtomicBoolean(false);

    @Inject
    public LoginRateLimiter(RedisTokenBucket redis, RateLimitSettings settings) {
        this(redis, new LocalTokenBucket(settings.capacity(), settings.refillPerMilli()), System::currentTimeMillis);
    }

    LoginRateLimiter(RedisTokenBucket redis, LocalTokenBucket local, LongSupplier millis) {
        this.redis = redis;
        this.local = local;
        this.millis = millis;
    }

    public Uni<Boolean> tryAcquire(String address) {
        return redis.tryAcquire(address)
                .invoke(() -> {
                    if (degraded.compareAndSet(true, false)) {
                        Log.info("Redis answers again: login rate limit is shared again");
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    if (degraded.compareAndSet(false, true)) {
                        Log.warnf("Redis unavailable (%s): login rate limit falls back to this replica",
                                failure.getClass().getSimpleName());
                    }
                    return local.tryAcquire(address, millis.getAsLong());
                });
    }

    public boolean degraded() {
        return degraded.get();
    }
}
