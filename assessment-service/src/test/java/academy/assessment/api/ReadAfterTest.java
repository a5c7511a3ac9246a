package academy.assessment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.testing.AcademyTestResource;
import academy.testing.ReadAfterRule;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ReadAfterTest {

    @Inject
    EventStore store;

    @Test
    void assessmentAndAttemptReadsFollowTheOneRuleForAfter() {
        long owner = AssessmentFixtures.newLearner();
        UUID assessmentId = new AssessmentFixtures(store).openedFor(AssessmentFixtures.definition(3600, 0, 3, 0, "highest"), owner);
        Response started = AssessmentFixtures.start(owner, assessmentId);
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
        String token = TestTokens.learner(owner);
        ReadAfterRule.assertFollowedBy(() -> given().auth().oauth2(token), "/assessments/" + assessmentId);
        ReadAfterRule.assertFollowedBy(() -> given().auth().oauth2(token), "/attempts/" + started.jsonPath().getString("attemptId"));
    }

    @Test
    void aReadAfterTheAttemptStartedIsCaughtUp() {
        long owner = AssessmentFixtures.newLearner();
        UUID assessmentId = new AssessmentFixtures(store).openedFor(AssessmentFixtures.definition(3600, 0, 3, 0, "highest"), owner);
        Response started = AssessmentFixtures.start(owner, assessmentId);
        long position = started.jsonPath().getLong("position");
        given().auth().oauth2(TestTokens.learner(owner)).queryParam("after", position)
                .get("/attempts/" + started.jsonPath().getString("attemptId"))
                .then().statusCode(200).header(ReadAfterRule.CAUGHT_UP, "true");
    }
}
