package academy.user.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.fuzz.RouteFuzzer;
import academy.testing.fuzz.Routes;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every user-service route, from its JAX-RS resources, under the hostile catalogue. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class RouteFuzzTest {

    @Test
    void noRouteAnswersA5xxOrABareRefusalAndProfilesStillWork() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);
        RouteFuzzer fuzzer = RouteFuzzer.of(Routes.under(AuthResource.class, "academy.user.api"))
                .token(() -> token).pathValue("userId", Long.toString(userId))
                .skip("DELETE /users/me");
        assertThat(fuzzer.routes()).hasSizeGreaterThanOrEqualTo(4);

        assertThat(fuzzer.run()).as("findings over " + fuzzer.requests() + " requests").isEmpty();

        given().auth().oauth2(token).get("/users/me").then().statusCode(200);
        Logins.login(Logins.newUserId(), "Ada");
    }
}
