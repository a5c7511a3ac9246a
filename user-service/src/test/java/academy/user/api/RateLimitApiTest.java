package academy.user.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.user.support.Logins;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import academy.edge.redis.RedisKeys;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitApiTest.TightLimit.class)
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class RateLimitApiTest {

    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("academy.auth.rate-limit.capacity", "3",
                    "academy.auth.rate-limit.refill-per-minute", "1",
                    "academy.auth.rate-limit.bucket", "auth-telegram-tight");
        }
    }

    @Inject
    RedisDataSource redis;

    @Inject
    RedisKeys keys;

    @Test
    void a_client_address_gets_capacity_attempts_then_429_and_forwarded_headers_from_it_are_ignored() {
        for (int i = 0; i < 3; i++) {
            Logins.post(Logins.initData(Logins.newUserId(), "Ada")).then().statusCode(200);
        }

        Logins.post(Logins.initData(Logins.newUserId(), "Ada")).then().statusCode(429)
                .contentType("application/problem+json");
        // 127.0.0.1 is not a trusted proxy in this run: its X-Forwarded-For cannot buy a fresh bucket.
        RestAssured.given().header("X-Forwarded-For", "203.0.113.7").header("Forwarded", "for=203.0.113.8")
                .contentType(ContentType.JSON).body("{\"initData\":\"" + Logins.initData(Logins.newUserId(), "Eve") + "\"}")
                .post("/auth/telegram").then().statusCode(429);
        assertThat(redis.key().exists(keys.key("ratelimit", "auth-telegram-tight", "127.0.0.1"))).isTrue();
        assertThat(redis.key().exists(keys.key("ratelimit", "auth-telegram-tight", "203.0.113.7"))).isFalse();
    }
}
