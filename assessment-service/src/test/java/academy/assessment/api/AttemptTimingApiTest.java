package academy.assessment.api;

import static academy.assessment.api.AssessmentFixtures.answer;
import static academy.assessment.api.AssessmentFixtures.choiceOf;
import static academy.assessment.api.AssessmentFixtures.choices;
import static academy.assessment.api.AssessmentFixtures.questionId;
import static academy.assessment.api.AssessmentFixtures.read;
import static academy.assessment.api.AssessmentFixtures.start;
import static academy.assessment.api.AssessmentFixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The server's clock: deadlines, grace, closing overdue attempts on read, waits, caps, gates and grades over attempts. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class AttemptTimingApiTest extends AttemptTestBase {

    @Test
    void answersAreAcceptedDuringTheGraceAndRefusedAfterItWhenTheAttemptIsSubmitted() {
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 60, "highest");
        UUID assessmentId = opened(definition);
        UUID attemptId = started(assessmentId);
        UUID numeric = questionId(definition, 2);

        clock.set(startedAt.plusSeconds(630));
        assertThat(answer(learner, attemptId, numeric, new JsonObject().put("number", 3.14)).statusCode()).isEqualTo(200);
        clock.set(startedAt.plusSeconds(631));
        Response late = answer(learner, attemptId, numeric, new JsonObject().put("number", 9));

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        List<RecordedEvent> events = attemptStream(attemptId);
        assertThat(events).extracting(RecordedEvent::eventType)
                .containsExactly("AnswerRecorded", "AttemptSubmitted", "AttemptScored");
        assertThat(events.get(1).data().getBoolean("automatic")).isTrue();
        assertThat(events.get(2).data().getDouble("score")).isEqualTo(1.0);
    }

    @Test
    void withoutGraceTheDeadlineEndsTheAnswers() {
        JsonObject definition = AssessmentFixtures.definition(600, 0, 3, 60, "highest");
        UUID assessmentId = opened(definition);
        UUID attemptId = started(assessmentId);
        UUID numeric = questionId(definition, 2);

        clock.set(startedAt.plusSeconds(600));
        assertThat(answer(learner, attemptId, numeric, new JsonObject().put("number", 3.14)).statusCode()).isEqualTo(200);
        clock.set(startedAt.plusSeconds(601));
        assertThat(answer(learner, attemptId, numeric, new JsonObject().put("number", 3.14)).statusCode()).isEqualTo(409);
    }

    @Test
    void readingAnOverdueAttemptSubmitsItWithWhatItHas() {
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 60, "highest");
        UUID assessmentId = opened(definition);
        UUID attemptId = started(assessmentId);
        answer(learner, attemptId, questionId(definition, 2), new JsonObject().put("number", 3.14));
        clock.set(startedAt.plusSeconds(3600));
        assertThat(attemptStream(attemptId)).extracting(RecordedEvent::eventType).containsExactly("AnswerRecorded");

        Response read = read(learner, attemptId);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.jsonPath().getString("status")).isEqualTo("submitted");
        assertThat(read.jsonPath().getBoolean("result.automatic")).isTrue();
        assertThat(read.jsonPath().getDouble("result.score")).isEqualTo(1.0);
        assertThat(attemptStream(attemptId)).extracting(RecordedEvent::eventType)
                .containsExactly("AnswerRecorded", "AttemptSubmitted", "AttemptScored");
        assertThat(assesseeStream(assessmentId)).extracting(RecordedEvent::eventType)
                .containsExactly("AttemptStarted", "AssessmentFailed");
    }

    @Test
    void theWaitAndTheCapHold() {
        UUID assessmentId = opened(AssessmentFixtures.definition(600, 0, 2, 300, "highest"));
        UUID first = started(assessmentId);
        assertThat(start(learner, assessmentId).statusCode()).as("one open attempt at a time").isEqualTo(409);
        submit(learner, first);

        clock.set(startedAt.plusSeconds(299));
        assertThat(start(learner, assessmentId).statusCode()).as("wait not over").isEqualTo(409);
        clock.set(startedAt.plusSeconds(300));
        UUID second = started(assessmentId);
        submit(learner, second);
        clock.set(startedAt.plusSeconds(900));
        Response capped = start(learner, assessmentId);

        assertThat(capped.statusCode()).isEqualTo(409);
        assertThat(capped.jsonPath().getString("detail")).contains("all 2 attempts are used");
        assertThat(assesseeStream(assessmentId)).extracting(RecordedEvent::eventType)
                .filteredOn("AttemptStarted"::equals).hasSize(2);
    }

    @Test
    void anOverdueAttemptIsSubmittedBeforeTheNextStart() {
        UUID assessmentId = opened(AssessmentFixtures.definition(600, 0, 2, 0, "last"));
        UUID first = started(assessmentId);
        clock.set(startedAt.plusSeconds(700));

        UUID second = started(assessmentId);

        assertThat(second).isNotEqualTo(first);
        assertThat(attemptStream(first)).extracting(RecordedEvent::eventType).contains("AttemptSubmitted");
        assertThat(assesseeStream(assessmentId)).extracting(RecordedEvent::eventType)
                .containsExactly("AttemptStarted", "AssessmentFailed", "AttemptStarted");
    }

    @Test
    void theLastAttemptDecidesUnderGradingByLast() {
        JsonObject definition = AssessmentFixtures.definition(600, 0, 2, 0, "last");
        UUID assessmentId = opened(definition);
        UUID first = started(assessmentId);
        UUID single = questionId(definition, 0);
        UUID multiple = questionId(definition, 1);
        answer(learner, first, single, choices(choiceOf(definition, single, 1)));
        answer(learner, first, multiple, choices(choiceOf(definition, multiple, 0), choiceOf(definition, multiple, 1),
                choiceOf(definition, multiple, 2)));
        answer(learner, first, questionId(definition, 2), new JsonObject().put("number", 3.14));
        answer(learner, first, questionId(definition, 3), new JsonObject().put("text", "café store"));
        assertThat(submit(learner, first).jsonPath().getBoolean("finalGrade.passed")).isTrue();
        UUID second = started(assessmentId);

        Response result = submit(learner, second);

        assertThat(result.jsonPath().getDouble("percent")).isEqualTo(0.0);
        assertThat(result.jsonPath().getBoolean("finalGrade.passed")).isFalse();
        assertThat(result.jsonPath().getInt("finalGrade.attemptsGraded")).isEqualTo(2);
        assertThat(assesseeStream(assessmentId)).extracting(RecordedEvent::eventType)
                .containsExactly("AttemptStarted", "AssessmentPassed", "AttemptStarted", "AssessmentFailed");
        RecordedEvent passed = assesseeStream(assessmentId).get(1);
        AssessmentFixtures.assertShapedLikeFixture(passed);
        assertThat(passed.data().getDouble("grade")).isEqualTo(1.0);
        assertThat(assesseeStream(assessmentId).get(3).data().getDouble("grade")).isEqualTo(0.0);
    }

    @Test
    void anAssessmentNoModuleIsKnownToGateIsLockedForLearners() {
        UUID assessmentId = AssessmentFixtures.defined(AssessmentFixtures.definition(600, 0, 2, 0, "highest"));

        assertThat(viewAssessment(learner, assessmentId).statusCode()).isEqualTo(403);
        assertThat(start(learner, assessmentId).statusCode()).isEqualTo(403);
        assertThat(assesseeStream(assessmentId)).isEmpty();
        assertThat(given().auth().oauth2(TestTokens.admin(AssessmentFixtures.ADMIN))
                .get("/assessments/{id}", assessmentId).statusCode()).isEqualTo(200);
    }

    @Test
    void anAssessmentReplacedOnItsModuleLocksAndItsReplacementOpens() {
        UUID replaced = AssessmentFixtures.defined(AssessmentFixtures.definition(600, 0, 2, 0, "highest"));
        UUID[] courseAndModule = fixtures.attach(replaced);
        fixtures.unlockModule(learner, courseAndModule[0], courseAndModule[1]);
        academy.testing.Poll.until(AssessmentFixtures.TIMEOUT, () -> viewAssessment(learner, replaced).statusCode() == 200);
        UUID replacement = AssessmentFixtures.defined(AssessmentFixtures.definition(600, 0, 2, 0, "highest"));

        fixtures.attachTo(replacement, courseAndModule[0], courseAndModule[1]);

        academy.testing.Poll.until(AssessmentFixtures.TIMEOUT, () -> viewAssessment(learner, replacement).statusCode() == 200);
        assertThat(viewAssessment(learner, replaced).statusCode()).isEqualTo(403);
        assertThat(start(learner, replaced).statusCode()).isEqualTo(403);
    }

    @Test
    void aGatedAssessmentStartsOnlyOnceItsModuleIsOpen() {
        UUID assessmentId = AssessmentFixtures.defined(AssessmentFixtures.definition(600, 0, 2, 0, "highest"));
        UUID[] courseAndModule = fixtures.attach(assessmentId);

        assertThat(start(learner, assessmentId).statusCode()).isEqualTo(403);
        assertThat(viewAssessment(learner, assessmentId).statusCode()).isEqualTo(403);
        assertThat(given().auth().oauth2(TestTokens.admin(AssessmentFixtures.ADMIN))
                .get("/assessments/{id}", assessmentId).statusCode()).isEqualTo(200);
        assertThat(assesseeStream(assessmentId)).isEmpty();
        fixtures.unlockModule(learner, courseAndModule[0], courseAndModule[1]);

        assertThat(viewAssessment(learner, assessmentId).statusCode()).isEqualTo(200);
        assertThat(start(learner, assessmentId).statusCode()).isEqualTo(201);
    }
}
