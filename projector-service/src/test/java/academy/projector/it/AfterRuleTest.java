package academy.projector.it;

import static io.restassured.RestAssured.given;

import academy.testing.AcademyTestResource;
import academy.testing.ReadAfterRule;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every read route of the projector follows the one rule for {@code ?after}. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class AfterRuleTest {

    @Test
    void everyReadRouteFollowsTheOneRuleForAfter() {
        String token = TestTokens.learner(81_001);
        for (String path : new String[] {"/dashboard", "/progress/summary", "/progress/daily", "/activities",
                "/leaderboard", "/leaderboard?period=all"}) {
            ReadAfterRule.assertFollowedBy(() -> given().auth().oauth2(token), path);
        }
    }

    @Test
    void aCallerWithoutATokenIsRefusedBeforeAfterIsRead() {
        given().queryParam("after", "abc").get("/dashboard").then().statusCode(401);
    }
}
