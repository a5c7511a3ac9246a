package academy.edge.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Requests authenticate through the caching parser: a learner's second request skips the signature check. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class VerifiedTokenCacheTest {

    @Inject
    CachingJwtParser parser;

    @Test
    void aRepeatedTokenIsAnsweredFromTheCacheAndABadOneStillRefused() {
        String token = TestTokens.learner(8_000_000_001L);
        order(token).then().statusCode(201);
        long hits = parser.hits();

        order(token).then().statusCode(201);
        order(token).then().statusCode(201);

        assertThat(parser.hits()).isEqualTo(hits + 2);
        order(TestTokens.tampered(token, 8_000_000_002L)).then().statusCode(401);
        order(TestTokens.expired(8_000_000_001L)).then().statusCode(401);
    }

    private static io.restassured.response.Response order(String token) {
        return given().auth().oauth2(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body("{\"item\":\"book\",\"quantity\":1}").post("/edge-test/orders");
    }
}
