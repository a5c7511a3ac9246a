package academy.learning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import academy.testing.fuzz.RouteFuzzer;
import academy.testing.fuzz.Routes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every learning-service route, from its JAX-RS resources, under the hostile catalogue. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class RouteFuzzTest {

    @Test
    void noRouteAnswersA5xxOrABareRefusalAndTheServiceStillServes() {
        long learner = LearningFixtures.newLearner();
        RouteFuzzer fuzzer = RouteFuzzer.of(Routes.under(LessonResource.class, "academy.learning.api"))
                .token(() -> TestTokens.learner(learner)).pathValue("lessonId", UUID.randomUUID().toString());
        assertThat(fuzzer.routes()).hasSizeGreaterThanOrEqualTo(3);

        assertThat(fuzzer.run()).as("findings over " + fuzzer.requests() + " requests").isEmpty();

        given().auth().oauth2(TestTokens.learner(learner)).get("/lessons/" + UUID.randomUUID() + "/progress")
                .then().statusCode(404);
        given().get("/health").then().statusCode(200);
    }
}
