package academy.user.api;

import static io.restassured.RestAssured.given;

import academy.testing.AcademyTestResource;
import academy.testing.ReadAfterRule;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ReadAfterTest {

    @Test
    void theProfileFollowsTheOneRuleForAfter() {
        String token = Logins.token(Logins.newUserId());
        ReadAfterRule.assertFollowedBy(() -> given().auth().oauth2(token), "/users/me");
    }

    @Test
    void aCallerWithoutATokenIsRefusedBeforeAfterIsRead() {
        given().queryParam("after", "abc").get("/users/me").then().statusCode(401);
        given().queryParam("after", "5").get("/users/me").then().statusCode(401);
    }
}
