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
import academy.testing.Metrics;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Starting, answering and submitting: scoring, ownership, duplicates and what never leaks. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class AttemptApiTest extends AttemptTestBase {

    @Test
    void startingFixesTheDeadlineAndSendsQuestionsWithoutAnswers() {
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 60, "highest");
        UUID assessmentId = opened(definition);

        Response response = start(learner, assessmentId);

        assertThat(response.statusCode()).isEqualTo(201);
        assertNoSecrets(response);
        assertThat(response.jsonPath().getString("deadline")).isEqualTo(startedAt.plusSeconds(600).toString());
        assertThat(response.jsonPath().getString("acceptUntil")).isEqualTo(startedAt.plusSeconds(630).toString());
        assertThat(response.jsonPath().getString("status")).isEqualTo("open");
        assertThat(response.jsonPath().getList("questions.questionId")).containsExactlyInAnyOrder(
                questionId(definition, 0).toString(), questionId(definition, 1).toString(),
                questionId(definition, 2).toString(), questionId(definition, 3).toString());
        RecordedEvent started = assesseeStream(assessmentId).get(0);
        assertThat(started.eventType()).isEqualTo("AttemptStarted");
        assertThat(started.data().getString("attemptId")).isEqualTo(response.jsonPath().getString("attemptId"));
        assertThat(started.data().getLong("userId")).isEqualTo(learner);
        assertThat(started.data().getInteger("attemptNumber")).isEqualTo(1);
        assertThat(started.data().getJsonArray("questionOrder").getList())
                .isEqualTo(response.jsonPath().getList("questions.questionId"));
        String multiple = questionId(definition, 1).toString();
        assertThat(response.jsonPath().getList("questions.find { it.questionId == '" + multiple + "' }.choices.choiceId"))
                .isEqualTo(started.data().getJsonObject("choiceOrder").getJsonArray(multiple).getList());

        UUID attemptId = UUID.fromString(response.jsonPath().getString("attemptId"));
        clock.advance(Duration.ofSeconds(120));
        Response reloaded = read(learner, attemptId);
        assertNoSecrets(reloaded);
        assertThat(reloaded.jsonPath().getString("deadline")).isEqualTo(startedAt.plusSeconds(600).toString());
        assertThat(reloaded.jsonPath().getList("questions.questionId"))
                .isEqualTo(response.jsonPath().getList("questions.questionId"));
    }

    @Test
    void everyQuestionTypeIsScoredAndTheGradeAppended() {
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 60, "highest");
        UUID assessmentId = opened(definition);
        UUID attemptId = started(assessmentId);
        UUID multiple = questionId(definition, 1);

        List<Response> answers = List.of(
                answer(learner, attemptId, questionId(definition, 0), choices(choiceOf(definition, questionId(definition, 0), 1))),
                // 2 of 3 correct and 1 of 2 wrong: (2/3 - 1/2) of 3 points = 0.5
                answer(learner, attemptId, multiple, choices(choiceOf(definition, multiple, 0),
                        choiceOf(definition, multiple, 1), choiceOf(definition, multiple, 3))),
                answer(learner, attemptId, questionId(definition, 2), new JsonObject().put("number", 3.149)),
                answer(learner, attemptId, questionId(definition, 3), new JsonObject().put("text", "  CAFE\u0301 Store ")));
        for (Response answered : answers) {
            assertThat(answered.statusCode()).as(answered.asString()).isEqualTo(200);
            assertNoSecrets(answered);
        }
        assertNoSecrets(read(learner, attemptId));

        Response result = submit(learner, attemptId);

        assertThat(result.statusCode()).as(result.asString()).isEqualTo(200);
        assertThat(result.jsonPath().getDouble("score")).isEqualTo(3.5);
        assertThat(result.jsonPath().getDouble("maxScore")).isEqualTo(6.0);
        assertThat(result.jsonPath().getDouble("percent")).isEqualTo(0.5833);
        assertThat(result.jsonPath().getBoolean("passed")).isFalse();
        assertThat(result.jsonPath().getBoolean("automatic")).isFalse();
        assertThat(result.jsonPath().getList("results.points", Float.class)).containsExactly(1f, 0.5f, 1f, 1f);
        assertThat(result.jsonPath().getList("results.correct")).containsExactly(true, false, true, true);
        assertThat(result.jsonPath().getDouble("finalGrade.grade")).isEqualTo(0.5833);
        assertThat(attemptStream(attemptId)).extracting(RecordedEvent::eventType)
                .containsExactly("AnswerRecorded", "AnswerRecorded", "AnswerRecorded", "AnswerRecorded",
                        "AttemptSubmitted", "AttemptScored");
        attemptStream(attemptId).forEach(AssessmentFixtures::assertShapedLikeFixture);
        assesseeStream(assessmentId).forEach(AssessmentFixtures::assertShapedLikeFixture);
        assertThat(attemptStream(attemptId).get(0).data().getJsonObject("answer").fieldNames())
                .containsExactly("choiceIds");
        assertThat(attemptStream(attemptId).get(5).data().getJsonArray("results").getJsonObject(0).fieldNames())
                .containsExactlyInAnyOrder("questionId", "points", "maxPoints", "correct");
        RecordedEvent graded = assesseeStream(assessmentId).get(1);
        assertThat(graded.eventType()).isEqualTo("AssessmentFailed");
        assertThat(graded.data().getString("attemptId")).isEqualTo(attemptId.toString());
        assertThat(graded.data().getString("gradingMethod")).isEqualTo("highest");
        assertThat(graded.data().getDouble("passMark")).isEqualTo(0.7);
        assertThat(graded.data().getInteger("attemptsGraded")).isEqualTo(1);
    }

    @Test
    void aDuplicateSubmitReturnsTheFirstResult() {
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 60, "highest");
        UUID assessmentId = opened(definition);
        UUID attemptId = started(assessmentId);
        answer(learner, attemptId, questionId(definition, 2), new JsonObject().put("number", 3.14));
        double failedBefore = Metrics.value("academy_assessments_graded_total", Map.of("outcome", "failed"));
        Response first = submit(learner, attemptId);
        clock.advance(Duration.ofSeconds(5));

        Response second = submit(learner, attemptId);

        assertThat(Metrics.value("academy_assessments_graded_total", Map.of("outcome", "failed")))
                .as("graded once, counted once").isEqualTo(failedBefore + 1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.jsonPath().getString("submittedAt")).isEqualTo(first.jsonPath().getString("submittedAt"));
        assertThat(second.jsonPath().getDouble("score")).isEqualTo(first.jsonPath().getDouble("score"));
        assertThat(attemptStream(attemptId)).extracting(RecordedEvent::eventType).containsOnlyOnce("AttemptScored");
        assertThat(assesseeStream(assessmentId)).hasSize(2);
        Response late = answer(learner, attemptId, questionId(definition, 2), new JsonObject().put("number", 1));
        assertThat(late.statusCode()).isEqualTo(409);
    }

    @Test
    void anotherLearnersAttemptIsForbidden() {
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 60, "highest");
        UUID assessmentId = opened(definition);
        UUID attemptId = started(assessmentId);
        long intruder = AssessmentFixtures.newLearner();

        assertThat(read(intruder, attemptId).statusCode()).isEqualTo(403);
        assertThat(answer(intruder, attemptId, questionId(definition, 2), new JsonObject().put("number", 3.14))
                .statusCode()).isEqualTo(403);
        assertThat(submit(intruder, attemptId).statusCode()).isEqualTo(403);
        assertThat(attemptStream(attemptId)).isEmpty();
        assertThat(read(learner, UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void answersMustFitTheirQuestion() {
        JsonObject definition = AssessmentFixtures.definition(600, 30, 3, 60, "highest");
        UUID assessmentId = opened(definition);
        UUID attemptId = started(assessmentId);
        UUID single = questionId(definition, 0);

        Response twoChoices = answer(learner, attemptId, single,
                choices(choiceOf(definition, single, 0), choiceOf(definition, single, 1)));
        Response textForNumber = answer(learner, attemptId, questionId(definition, 2), new JsonObject().put("text", "3"));
        Response unknownQuestion = answer(learner, attemptId, UUID.randomUUID(), new JsonObject().put("number", 1));

        assertThat(twoChoices.statusCode()).isEqualTo(422);
        assertThat(twoChoices.jsonPath().getList("errors.field")).containsExactly("choiceIds");
        assertThat(textForNumber.statusCode()).isEqualTo(422);
        assertThat(textForNumber.jsonPath().getList("errors.field")).containsExactly("number");
        assertThat(unknownQuestion.statusCode()).isEqualTo(404);
        assertThat(attemptStream(attemptId)).isEmpty();
    }

    @Test
    void aStartRetriedWithItsIdempotencyKeyIsTheSameAttempt() {
        UUID assessmentId = opened(AssessmentFixtures.definition(600, 0, 3, 0, "highest"));
        String key = "start-" + UUID.randomUUID();

        Response first = given().auth().oauth2(TestTokens.learner(learner)).header("Idempotency-Key", key)
                .post("/assessments/{id}/attempts", assessmentId);
        Response retry = given().auth().oauth2(TestTokens.learner(learner)).header("Idempotency-Key", key)
                .post("/assessments/{id}/attempts", assessmentId);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.jsonPath().getString("attemptId")).isEqualTo(first.jsonPath().getString("attemptId"));
        assertThat(assesseeStream(assessmentId)).hasSize(1);
    }
}
