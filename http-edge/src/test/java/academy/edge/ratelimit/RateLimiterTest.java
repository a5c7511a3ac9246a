package academy.edge.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    static final RateLimitRule TWO_PER_SECOND = new RateLimitRule("test", 2, 1);

    final AtomicBoolean redisUp = new AtomicBoolean(true);
    final AtomicLong now = new AtomicLong(1_000_000);
    final RedisTokenBucket redis = new RedisTokenBucket(null, null) {
        @Override
        public Uni<Boolean> tryAcquire(RateLimitRule rule, String key) {
            return redisUp.get() ? Uni.createFrom().item(true)
                    : Uni.createFrom().failure(new io.vertx.core.impl.NoStackTraceThrowable("connection refused"));
        }
    };
    final RateLimiter limiter = new RateLimiter(redis, now::get);

    @Test
    void redis_decides_while_it_answers() {
        for (int i = 0; i < 5; i++) {
            assertThat(acquire("10.0.0.1")).isTrue();
        }
        assertThat(limiter.degraded()).isFalse();
    }

    @Test
    void when_redis_is_down_the_in_process_bucket_limits_and_the_service_keeps_answering() {
        redisUp.set(false);

        assertThat(acquire("10.0.0.1")).isTrue();
        assertThat(acquire("10.0.0.1")).isTrue();
        assertThat(acquire("10.0.0.1")).isFalse();
        assertThat(acquire("10.0.0.2")).isTrue();
        assertThat(limiter.degraded()).isTrue();
    }

    @Test
    void the_in_process_bucket_refills_with_time() {
        redisUp.set(false);
        acquire("10.0.0.1");
        acquire("10.0.0.1");

        now.addAndGet(1000);

        assertThat(acquire("10.0.0.1")).isTrue();
        assertThat(acquire("10.0.0.1")).isFalse();
    }

    @Test
    void rules_never_share_tokens_while_redis_is_down() {
        redisUp.set(false);
        acquire("10.0.0.1");
        acquire("10.0.0.1");

        assertThat(limiter.tryAcquire(new RateLimitRule("other", 1, 1), "10.0.0.1").await().atMost(Duration.ofSeconds(1)))
                .isTrue();
    }

    @Test
    void redis_coming_back_ends_the_fallback() {
        redisUp.set(false);
        acquire("10.0.0.1");
        redisUp.set(true);

        assertThat(acquire("10.0.0.1")).isTrue();
        assertThat(limiter.degraded()).isFalse();
    }

    @Test
    void a_refused_caller_is_told_to_wait_until_its_next_token() {
        assertThat(RateLimitRule.perMinute("sign-in", 20, 20).retryAfterSeconds()).isEqualTo(3);
        assertThat(new RateLimitRule("writes", 40, 10).retryAfterSeconds()).isEqualTo(1);
    }

    private boolean acquire(String address) {
        return limiter.tryAcquire(TWO_PER_SECOND, address).await().atMost(Duration.ofSeconds(1));
    }
}
