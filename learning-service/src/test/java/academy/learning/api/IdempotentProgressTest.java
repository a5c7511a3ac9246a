package academy.learning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import academy.eventstore.RecordedEvent;
import academy.learning.api.LearningFixtures.TestLesson;
import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class IdempotentProgressTest extends OpenLessonTest {

    private Response post(String key, String body) {
        return given().auth().oauth2(TestTokens.learner(learner)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/lessons/progress/{id}", lesson.lessonId());
    }

    @Test
    void aRetryReturnsTheFirstAnswerAndAppendsNothing() {
        Response first = post("progress-42", "{\"score\": 0.85, \"timeSpent\": 180}");
        Response retry = post("progress-42", "{\"timeSpent\": 180, \"score\": 0.850}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        List<RecordedEvent> stream = fixtures.lessonStream(learner, lesson);
        assertThat(stream).extracting(RecordedEvent::eventType)
                .containsExactly("LessonProgressRecorded", "LessonCompleted");
        assertThat(stream).allSatisfy(e -> assertThat(e.metadata().getString("idempotencyKey")).isEqualTo("progress-42"));
        assertThat(retry.jsonPath().getInt("completion.xpEarned")).isEqualTo(50);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndAppendsNothing() {
        post("progress-43", "{\"score\": 0.85, \"timeSpent\": 180}").then().statusCode(200);

        post("progress-43", "{\"score\": 0.95, \"timeSpent\": 180}").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));

        assertThat(fixtures.lessonStream(learner, lesson)).hasSize(2);
    }

    @Test
    void aNewKeyIsANewSitting() {
        post("progress-44", "{\"score\": 0.85, \"timeSpent\": 180}").then().statusCode(200);
        Response second = post("progress-45", "{\"score\": 0.85, \"timeSpent\": 180}");

        assertThat(second.jsonPath().getInt("sittings")).isEqualTo(2);
        assertThat(second.jsonPath().getBoolean("completion.firstCompletion")).isFalse();
        assertThat(fixtures.lessonStream(learner, lesson)).hasSize(4);
    }

    @Test
    void theSameKeyOnAnotherLessonIsItsOwnCommand() {
        TestLesson other = fixtures.knownLesson(0.5, 10);
        fixtures.unlock(learner, other);
        post("progress-46", "{\"score\": 0.85, \"timeSpent\": 180}").then().statusCode(200);

        given().auth().oauth2(TestTokens.learner(learner)).header("Idempotency-Key", "progress-46")
                .contentType(ContentType.JSON).body("{\"score\": 0.85, \"timeSpent\": 180}")
                .post("/lessons/progress/{id}", other.lessonId()).then().statusCode(200);

        assertThat(fixtures.lessonStream(learner, other)).hasSize(2);
    }

    @Test
    void aStartRetryWithAKeyAnswersTheSame() {
        Response first = given().auth().oauth2(TestTokens.learner(learner)).header("Idempotency-Key", "start-1")
                .post("/lessons/{id}/start", lesson.lessonId());
        Response retry = given().auth().oauth2(TestTokens.learner(learner)).header("Idempotency-Key", "start-1")
                .post("/lessons/{id}/start", lesson.lessonId());

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(fixtures.lessonStream(learner, lesson)).hasSize(1);
    }

    @Test
    void aRefusedCommandIsNotRecordedSoItsRetryIsJudgedAgain() {
        long locked = LearningFixtures.newLearner();
        String token = TestTokens.learner(locked);
        given().auth().oauth2(token).header("Idempotency-Key", "early").contentType(ContentType.JSON)
                .body("{\"score\": 1, \"timeSpent\": 5}").post("/lessons/progress/{id}", lesson.lessonId())
                .then().statusCode(403);

        fixtures.unlock(locked, lesson);

        given().auth().oauth2(token).header("Idempotency-Key", "early").contentType(ContentType.JSON)
                .body("{\"score\": 1, \"timeSpent\": 5}").post("/lessons/progress/{id}", lesson.lessonId())
                .then().statusCode(200);
        assertThat(fixtures.lessonStream(locked, lesson)).hasSize(2);
    }
}
