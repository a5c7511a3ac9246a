package academy.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import academy.testing.fuzz.RouteFuzzer;
import academy.testing.fuzz.Routes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every assessment-service route, from its JAX-RS resources, under the hostile catalogue. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class RouteFuzzTest {

    @Inject
    EventStore store;

    @Test
    void noRouteAnswersA5xxOrABareRefusalAndAttemptsStillWork() {
        JsonObject definition = AssessmentFixtures.definition(600, 30, 100, 0, "highest");
        long learner = AssessmentFixtures.newLearner();
        UUID assessmentId = new AssessmentFixtures(store).openedFor(definition, learner);
        UUID attemptId = UUID.fromString(AssessmentFixtures.start(learner, assessmentId).jsonPath().getString("attemptId"));
        RouteFuzzer fuzzer = RouteFuzzer.of(Routes.under(AssessmentResource.class, "academy.assessment.api"))
                .token(() -> TestTokens.learner(learner))
                .pathValue("assessmentId", assessmentId.toString()).pathValue("attemptId", attemptId.toString())
                .pathValue("questionId", AssessmentFixtures.questionId(definition, 2).toString())
                .skip("POST /attempts/{attemptId}/submit");
        assertThat(fuzzer.routes()).hasSizeGreaterThanOrEqualTo(5);

        assertThat(fuzzer.run()).as("findings over " + fuzzer.requests() + " requests").isEmpty();

        AssessmentFixtures.answer(learner, attemptId, AssessmentFixtures.questionId(definition, 2),
                new JsonObject().put("number", 3.14)).then().statusCode(200);
        AssessmentFixtures.read(learner, attemptId).then().statusCode(200);
        AssessmentFixtures.submit(learner, attemptId).then().statusCode(200);
    }
}
