package academy.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventIds;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.Poll;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An AttemptStarted whose table row was never written (a process stopped in between) is found through the feed. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class AttemptIndexFeedTest {

    @Inject
    EventStore store;

    @Test
    void anAttemptStoredWithoutItsRowBecomesReachable() {
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 0, "highest");
        UUID assessmentId = AssessmentFixtures.defined(definition);
        long learner = AssessmentFixtures.newLearner();
        UUID attemptId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonArray order = new JsonArray();
        for (int i = 0; i < 4; i++) {
            order.add(AssessmentFixtures.questionId(definition, i).toString());
        }
        JsonObject started = EventFixtures.data("AttemptStarted")
                .put("userId", learner).put("assessmentId", assessmentId.toString())
                .put("attemptId", attemptId.toString()).put("startedAt", now.toString())
                .put("deadline", now.plusSeconds(600).toString()).put("acceptUntil", now.plusSeconds(630).toString())
                .put("questionOrder", order).put("choiceOrder", new JsonObject());
        store.append("assessee-" + learner + "-" + assessmentId, ExpectedVersion.noStream(),
                List.of(new NewEvent(EventIds.random(), "AttemptStarted", started, EventFixtures.metadata("AttemptStarted"))))
                .await().atMost(AssessmentFixtures.TIMEOUT);

        Poll.until(AssessmentFixtures.TIMEOUT, () -> AssessmentFixtures.read(learner, attemptId).statusCode() == 200);
        Response read = AssessmentFixtures.read(learner, attemptId);

        assertThat(read.jsonPath().getString("status")).isEqualTo("open");
        assertThat(read.jsonPath().getList("questions.questionId")).isEqualTo(order.getList());
    }
}
