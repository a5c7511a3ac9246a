package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import academy.testing.fuzz.RouteFuzzer;
import academy.testing.fuzz.Routes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import academy.projector.dashboard.api.DashboardResource;

/** Every projector-service route, from its JAX-RS resources, under the hostile catalogue. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class RouteFuzzTest {

    @Test
    void noRouteAnswersA5xxOrABareRefusalAndTheReadModelsStillServe() {
        String admin = TestTokens.admin(77_000_001L);
        RouteFuzzer fuzzer = RouteFuzzer.of(Routes.under(DashboardResource.class, "academy.projector"))
                .token(() -> admin);
        assertThat(fuzzer.routes()).hasSizeGreaterThanOrEqualTo(8);

        assertThat(fuzzer.run()).as("findings over " + fuzzer.requests() + " requests").isEmpty();

        given().auth().oauth2(admin).get("/dashboard").then().statusCode(200);
        given().auth().oauth2(admin).get("/leaderboard?period=all").then().statusCode(200);
        given().auth().oauth2(admin).get("/projections").then().statusCode(200);
    }
}
