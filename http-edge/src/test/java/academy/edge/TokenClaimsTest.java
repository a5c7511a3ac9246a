package academy.edge;

import static io.restassured.RestAssured.given;

import academy.testing.AcademyTestResource;
import academy.testing.HostileRequests;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class TokenClaimsTest {

    private static final String ORDER = "{\"item\":\"book\",\"quantity\":1}";

    private static void refused(String what, String token) {
        HostileRequests.assertRefused(what, given().auth().oauth2(token).contentType("application/json").body(ORDER)
                .post("/edge-test/orders"), 401);
    }

    @Test
    void signedTokensWhoseClaimsAreNotAUserIdOrLiveTooLongAre401() {
        Instant now = Instant.now();
        Instant hour = now.plus(Duration.ofHours(1));
        for (String subject : new String[] {"abc", "-5", "0", "1.5", "99999999999999999999", "0012", " 12", "１２"}) {
            refused("sub " + subject, TestTokens.crafted(subject, now, hour, Map.of()));
        }
        refused("upn naming someone else", TestTokens.crafted("12", now, hour, Map.of("upn", "admin")));
        refused("iat an hour ahead", TestTokens.crafted("12", now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), Map.of()));
        refused("ten-year lifetime", TestTokens.crafted("12", now, now.plus(Duration.ofDays(3650)), Map.of()));

        given().auth().oauth2(TestTokens.crafted("12", now.plusSeconds(30), hour, Map.of())).contentType("application/json")
                .body(ORDER).post("/edge-test/orders").then().statusCode(201);
        given().auth().oauth2(TestTokens.crafted("9223372036854775807", now, hour, Map.of("upn", "9223372036854775807")))
                .contentType("application/json").body(ORDER).post("/edge-test/orders").then().statusCode(201);
    }
}
