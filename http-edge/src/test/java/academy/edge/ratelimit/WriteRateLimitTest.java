package academy.edge.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WriteRateLimitTest.ThreeWrites.class)
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class WriteRateLimitTest {

    public static class ThreeWrites implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("academy.rate-limit.writes.enabled", "true",
                    "academy.rate-limit.writes.capacity", "3",
                    "academy.rate-limit.writes.refill-per-second", "0.01");
        }
    }

    @Test
    void aLearnerGetsCapacityWritesThenA429BeforeAnythingRuns() {
        String learner = TestTokens.learner(uniqueId());
        for (int i = 0; i < 3; i++) {
            order(learner).then().statusCode(201);
        }
        int runs = order(TestTokens.learner(uniqueId())).then().statusCode(201).extract().path("run");

        order(learner).then().statusCode(429).contentType("application/problem+json").header("Retry-After", "100")
                .body("status", is(429));

        // The refused write never reached its resource: the next command anyone runs is the very next one.
        order(TestTokens.learner(uniqueId())).then().statusCode(201).body("run", is(runs + 1));
    }

    @Test
    void readsAdminsAndOtherLearnersAreNotLimitedByOneLearnersWrites() {
        long id = uniqueId();
        String learner = TestTokens.learner(id);
        for (int i = 0; i < 3; i++) {
            order(learner).then().statusCode(201);
        }
        order(learner).then().statusCode(429);

        given().auth().oauth2(learner).get("/health").then().statusCode(200);
        order(TestTokens.learner(uniqueId())).then().statusCode(201);
        String admin = TestTokens.admin(uniqueId());
        for (int i = 0; i < 5; i++) {
            order(admin).then().statusCode(201);
        }
    }

    @Test
    void aRetryOfAnAcknowledgedCommandCountsAgainstTheLimitToo() {
        String learner = TestTokens.learner(uniqueId());
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            order(learner, key).then().statusCode(201);
        }
        order(learner, key).then().statusCode(429);
    }

    private static Response order(String token) {
        return order(token, UUID.randomUUID().toString());
    }

    private static Response order(String token, String idempotencyKey) {
        return given().auth().oauth2(token).header("Idempotency-Key", idempotencyKey).contentType("application/json")
                .body("{\"item\":\"book\",\"quantity\":1}").post("/edge-test/orders");
    }

    private static long uniqueId() {
        return 1_000_000_000L + (System.nanoTime() & 0xFFFFFFFL);
    }
}
