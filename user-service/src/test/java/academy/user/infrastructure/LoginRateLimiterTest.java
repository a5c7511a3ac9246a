package academy.user.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {

    final AtomicBoolean redisUp = new AtomicBoolean(true);
    final AtomicLong now = new AtomicLong(1_000_000);
    final RedisTokenBucket redis = new RedisTokenBucket(null, null, null) {
        @Override
        public Uni<Boolean> tryAcquire(String address) {
            return redisUp.get() ? Uni.createFrom().item(true)
                    : Uni.createFrom().failure(new io.vertx.core.impl.NoStackTraceThrowable("connection refused"));
        }
    };
    final LoginRateLimiter limiter = new LoginRateLimiter(redis, new LocalTokenBucket(2, 1 / 1000.0), now::get);

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
    void redis_coming_back_ends_the_fallback() {
        redisUp.set(false);
        acquire("10.0.0.1");
        redisUp.set(true);

        assertThat(acquire("10.0.0.1")).isTrue();
        assertThat(limiter.degraded()).isFalse();
    }

    private boolean acquire(String address) {
        return limiter.tryAcquire(address).await().atMost(Duration.ofSeconds(1));
    }
}
