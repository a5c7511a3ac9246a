package academy.learning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import academy.eventstore.EventStore;
import academy.learning.api.LearningFixtures.TestLesson;
import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal is problem+json naming the field at fault, and appends nothing. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class LessonErrorsApiTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    EventStore store;

    LearningFixtures fixtures;
    TestLesson lesson;
    long learner;

    // One lesson for the class: every test has its own learner, so nothing is shared but the lesson.
    static TestLesson sharedLesson;

    @BeforeEach
    void openLesson() {
        fixtures = new LearningFixtures(store);
        if (sharedLesson == null) {
            sharedLesson = fixtures.knownLesson(0.7, 50);
        }
        lesson = sharedLesson;
        learner = LearningFixtures.newLearner();
        fixtures.unlock(learner, lesson);
    }

    @AfterEach
    void nothingWasAppended() {
        assertThat(fixtures.lessonStream(learner, lesson)).isEmpty();
    }

    private ValidatableResponse postRaw(String body) {
        return given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON).body(body)
                .post("/lessons/progress/{id}", lesson.lessonId()).then();
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"score\": 0.8, \"timeSpent\": 10, \"completed\": true} | 422 | completed",
            "{\"score\": \"0.8\", \"timeSpent\": 10}                  | 422 | score",
            "{\"score\": true, \"timeSpent\": 10}                     | 422 | score",
            "{\"score\": null, \"timeSpent\": 10}                     | 422 | score",
            "{\"timeSpent\": 10}                                      | 422 | score",
            "{\"score\": 1.0001, \"timeSpent\": 10}                   | 422 | score",
            "{\"score\": -0.1, \"timeSpent\": 10}                     | 422 | score",
            "{\"score\": 0.12345, \"timeSpent\": 10}                  | 422 | score",
            "{\"score\": 0.8, \"timeSpent\": 1.5}                     | 422 | timeSpent",
            "{\"score\": 0.8, \"timeSpent\": \"10\"}                  | 422 | timeSpent",
            "{\"score\": 0.8}                                         | 422 | timeSpent",
            "{\"score\": 0.8, \"timeSpent\": -1}                      | 422 | timeSpent",
            "{\"score\": 0.8, \"timeSpent\": 86401}                   | 422 | timeSpent",
            "{\"score\": 0.8, \"timeSpent\": 99999999999999999999}    | 422 | timeSpent",
            "{\"score\": 0.8, \"timeSpent\": 10                       | 400 | body",
            "[1, 2]                                                   | 400 | body",
            "not json                                                 | 400 | body"})
    void anInvalidBodyIsRefusedNamingTheField(String body, int status, String field) {
        postRaw(body).statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        postRaw("{\"score\": 2, \"timeSpent\": -5}").statusCode(422).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("score", "timeSpent"));
    }

    @Test
    void aMissingBodyIs400() {
        given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON)
                .post("/lessons/progress/{id}", lesson.lessonId())
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("body"));
    }

    @Test
    void withoutATokenIs401() {
        given().contentType(ContentType.JSON).body("{\"score\": 0.8, \"timeSpent\": 10}")
                .post("/lessons/progress/{id}", lesson.lessonId()).then().statusCode(401).contentType(PROBLEM);
        given().post("/lessons/{id}/start", lesson.lessonId()).then().statusCode(401).contentType(PROBLEM);
        given().get("/lessons/{id}/progress", lesson.lessonId()).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void anExpiredOrForeignTokenIs401() {
        given().auth().oauth2(TestTokens.expired(learner)).post("/lessons/{id}/start", lesson.lessonId())
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.signedWithUnknownKey(learner)).post("/lessons/{id}/start", lesson.lessonId())
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.unsigned(learner)).post("/lessons/{id}/start", lesson.lessonId())
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aLockedLessonIsRefusedForStartAndProgress() {
        long locked = LearningFixtures.newLearner();
        fixtures.enrolOnly(locked, lesson);
        long stranger = LearningFixtures.newLearner();

        for (long userId : new long[] {locked, stranger}) {
            given().auth().oauth2(TestTokens.learner(userId)).post("/lessons/{id}/start", lesson.lessonId())
                    .then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(TestTokens.learner(userId)).contentType(ContentType.JSON)
                    .body("{\"score\": 1, \"timeSpent\": 10}")
                    .post("/lessons/progress/{id}", lesson.lessonId())
                    .then().statusCode(403).contentType(PROBLEM);
            assertThat(fixtures.lessonStream(userId, lesson)).isEmpty();
        }
    }

    @Test
    void anotherLearnersUnlockDoesNotOpenTheLesson() {
        long other = LearningFixtures.newLearner();

        given().auth().oauth2(TestTokens.learner(other)).post("/lessons/{id}/start", lesson.lessonId())
                .then().statusCode(403);
    }

    @Test
    void anUnknownLessonIs404() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(TestTokens.learner(learner)).post("/lessons/{id}/start", unknown)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON)
                .body("{\"score\": 1, \"timeSpent\": 10}").post("/lessons/progress/{id}", unknown)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.learner(learner)).get("/lessons/{id}/progress", unknown)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.learner(learner)).get("/lessons/not-a-uuid/progress")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aMalformedIdempotencyKeyIs422() {
        given().auth().oauth2(TestTokens.learner(learner)).header("Idempotency-Key", "x".repeat(201))
                .contentType(ContentType.JSON).body("{\"score\": 1, \"timeSpent\": 10}")
                .post("/lessons/progress/{id}", lesson.lessonId())
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("Idempotency-Key"));
    }

    @ParameterizedTest
    @CsvSource({"abc", "-1", "1.5"})
    void anInvalidAfterIs422(String after) {
        given().auth().oauth2(TestTokens.learner(learner))
                .get("/lessons/{id}/progress?after={after}", lesson.lessonId(), after)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("after"));
    }
}
