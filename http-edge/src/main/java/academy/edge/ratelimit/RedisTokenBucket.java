package academy.edge.ratelimit;

import academy.edge.redis.RedisKeys;
import academy.edge.redis.RedisScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * The shared token bucket per key in Redis: one atomic script (run by its digest, EVALSHA), the
 * time taken from Redis itself.
 */
@ApplicationScoped
public class RedisTokenBucket {

    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private static final RedisScript SCRIPT = new RedisScript("""
            local capacity = tonumber(ARGV[1])
            local refill = tonumber(ARGV[2])
            local ttl = tonumber(ARGV[3])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1]) or capacity
            local at = tonumber(state[2]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - at) * refill)
            local allowed = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], ttl)
            return allowed
            """);

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;

    public RedisTokenBucket(ReactiveRedisDataSource redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** The digest the script runs by. */
    public static String scriptSha() {
        return SCRIPT.sha();
    }

    /** True when a token of {@code rule} was taken for {@code key}; fails when Redis does not answer in time. */
    public Uni<Boolean> tryAcquire(RateLimitRule rule, String key) {
        String redisKey = keys.key("ratelimit", rule.bucket(), key);
        return SCRIPT.run(redis, List.of(redisKey), List.of(Integer.toString(rule.capacity()),
                        Double.toString(rule.refillPerMilli()), Long.toString(rule.fullRefillMillis() + 1000)))
                .ifNoItem().after(TIMEOUT).fail()
                .map(response -> response.toInteger() == 1);
    }
}
