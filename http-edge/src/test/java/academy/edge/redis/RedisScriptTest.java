package academy.edge.redis;

import static org.assertj.core.api.Assertions.assertThat;

import academy.edge.ratelimit.RateLimitRule;
import academy.edge.ratelimit.RedisTokenBucket;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rate limit's script runs by its digest, and comes back by itself after Redis forgot it. */
@QuarkusTest
@TestProfile(RedisScriptTest.OwnRedisProfile.class)
class RedisScriptTest {

    public static class OwnRedisProfile implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnRedis.class));
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    RedisTokenBucket buckets;
    @Inject
    ReactiveRedisDataSource redis;

    @Test
    void theScriptTextIsSentOnceThenOnlyItsDigest() {
        RateLimitRule rule = new RateLimitRule("script-test", 100, 1.0);
        for (int i = 0; i < 5; i++) {
            assertThat(buckets.tryAcquire(rule, UUID.randomUUID().toString()).await().atMost(WAIT)).isTrue();
        }

        String stats = redis.execute("INFO", "commandstats").await().atMost(WAIT).toString();
        assertThat(stats).contains("cmdstat_evalsha:calls=").doesNotContain("cmdstat_eval:calls=");
    }

    @Test
    void afterScriptFlushTheNextCallLoadsTheScriptAgainAndSucceeds() {
        RateLimitRule rule = new RateLimitRule("flush-test", 2, 0.001);
        String key = UUID.randomUUID().toString();
        assertThat(buckets.tryAcquire(rule, key).await().atMost(WAIT)).isTrue();

        redis.execute("SCRIPT", "FLUSH").await().atMost(WAIT);

        assertThat(buckets.tryAcquire(rule, key).await().atMost(WAIT)).isTrue();
        assertThat(buckets.tryAcquire(rule, key).await().atMost(WAIT)).isFalse();
        assertThat(redis.execute("SCRIPT", "EXISTS", RedisTokenBucket.scriptSha()).await().atMost(WAIT).get(0).toInteger())
                .isEqualTo(1);
    }
}
