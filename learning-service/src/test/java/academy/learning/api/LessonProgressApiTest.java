package academy.learning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import academy.eventstore.RecordedEvent;
import academy.learning.api.LearningFixtures.TestLesson;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class LessonProgressApiTest extends OpenLessonTest {

    private JsonPath post(String body) {
        return given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON).body(body)
                .post("/lessons/progress/{id}", lesson.lessonId())
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void startAppendsLessonStartedOnceAndAnswersTheState() {
        JsonPath first = given().auth().oauth2(TestTokens.learner(learner))
                .post("/lessons/{id}/start", lesson.lessonId())
                .then().statusCode(200).body("started", equalTo(true)).body("completed", equalTo(false))
                .extract().jsonPath();
        long again = given().auth().oauth2(TestTokens.learner(learner)).post("/lessons/{id}/start", lesson.lessonId())
                .then().statusCode(200).extract().jsonPath().getLong("position");
        assertThat(again).isEqualTo(first.getLong("position"));

        List<RecordedEvent> stream = fixtures.lessonStream(learner, lesson);
        assertThat(stream).extracting(RecordedEvent::eventType).containsExactly("LessonStarted");
        assertThat(first.getLong("position")).isEqualTo(stream.get(0).globalPosition());
        assertThat(stream.get(0).data().fieldNames())
                .containsExactlyInAnyOrderElementsOf(EventFixtures.data("LessonStarted").fieldNames());
        assertThat(stream.get(0).data().getLong("userId")).isEqualTo(learner);
        assertThat(stream.get(0).data().getString("courseId")).isEqualTo(lesson.courseId().toString());
    }

    @Test
    void aPassingSittingCompletesTheLessonWithTheCataloguesFields() {
        JsonPath answer = post("{\"score\": 0.85, \"timeSpent\": 180}");

        assertThat(answer.getBoolean("completed")).isTrue();
        assertThat(answer.getInt("xpEarned")).isEqualTo(50);
        assertThat(answer.getBoolean("completion.firstCompletion")).isTrue();
        assertThat(answer.getInt("completion.xpEarned")).isEqualTo(50);
        List<RecordedEvent> stream = fixtures.lessonStream(learner, lesson);
        assertThat(stream).extracting(RecordedEvent::eventType)
                .containsExactly("LessonProgressRecorded", "LessonCompleted");
        assertThat(answer.getLong("position")).isEqualTo(stream.get(1).globalPosition());
        for (RecordedEvent event : stream) {
            assertThat(event.data().fieldNames()).as(event.eventType())
                    .containsExactlyInAnyOrderElementsOf(EventFixtures.data(event.eventType()).fieldNames());
        }
        var completed = stream.get(1).data();
        assertThat(completed.getLong("userId")).isEqualTo(learner);
        assertThat(completed.getString("lessonId")).isEqualTo(lesson.lessonId().toString());
        assertThat(completed.getString("courseId")).isEqualTo(lesson.courseId().toString());
        assertThat(completed.getDouble("score")).isEqualTo(0.85);
        assertThat(completed.getDouble("passScore")).isEqualTo(0.7);
        assertThat(completed.getInteger("timeSpentSeconds")).isEqualTo(180);
        assertThat(completed.getInteger("xpEarned")).isEqualTo(50);
        assertThat(completed.getBoolean("firstCompletion")).isTrue();
        assertThat(completed.getString("completedAt")).endsWith("Z");
        assertThat(stream.get(1).metadata().getLong("userId")).isEqualTo(learner);
    }

    @Test
    void aSittingBelowThePassScoreRecordsProgressOnly() {
        JsonPath answer = post("{\"score\": 0.5, \"timeSpent\": 60}");

        assertThat(answer.getBoolean("completed")).isFalse();
        assertThat(answer.getString("completion")).isNull();
        assertThat(answer.getFloat("bestScore")).isEqualTo(0.5f);
        assertThat(fixtures.lessonStream(learner, lesson)).extracting(RecordedEvent::eventType)
                .containsExactly("LessonProgressRecorded");
    }

    @Test
    void theBestScoreIsKeptAndRepeatsEarnHalfThenNothing() {
        post("{\"score\": 0.9, \"timeSpent\": 60}");
        JsonPath lower = post("{\"score\": 0.75, \"timeSpent\": 30}");
        JsonPath third = post("{\"score\": 1, \"timeSpent\": 30}");

        assertThat(lower.getFloat("bestScore")).isEqualTo(0.9f);
        assertThat(lower.getFloat("lastScore")).isEqualTo(0.75f);
        assertThat(lower.getBoolean("completion.firstCompletion")).isFalse();
        assertThat(lower.getInt("completion.xpEarned")).isEqualTo(25);
        assertThat(third.getInt("completion.xpEarned")).isZero();
        assertThat(third.getInt("xpEarned")).isEqualTo(75);
        assertThat(third.getInt("completions")).isEqualTo(3);
        assertThat(third.getInt("timeSpentSeconds")).isEqualTo(120);
        assertThat(third.getFloat("bestScore")).isEqualTo(1f);
    }

    @Test
    void progressReadsTheCallersState() {
        long position = post("{\"score\": 0.8, \"timeSpent\": 42}").getLong("position");

        given().auth().oauth2(TestTokens.learner(learner))
                .get("/lessons/{id}/progress?after={after}", lesson.lessonId(), position)
                .then().statusCode(200)
                .body("completed", equalTo(true)).body("sittings", equalTo(1))
                .body("timeSpentSeconds", equalTo(42)).body("position", equalTo((int) position))
                .body("completion", nullValue());
        given().auth().oauth2(TestTokens.learner(LearningFixtures.newLearner()))
                .get("/lessons/{id}/progress", lesson.lessonId())
                .then().statusCode(200).body("sittings", equalTo(0)).body("completed", equalTo(false))
                .body("position", equalTo(0));
    }

    @Test
    void withoutAnIdempotencyKeyTwoIdenticalPostsAreTwoSittings() {
        post("{\"score\": 0.3, \"timeSpent\": 10}");
        JsonPath second = post("{\"score\": 0.3, \"timeSpent\": 10}");

        assertThat(second.getInt("sittings")).isEqualTo(2);
        assertThat(fixtures.lessonStream(learner, lesson)).hasSize(2);
    }

    @Test
    void anUpdatedPassScoreIsUsedOnceItReachesTheLookupTable() {
        fixtures.updateLesson(lesson, 0.95, 80);
        academy.testing.Poll.until(LearningFixtures.TIMEOUT, () -> given().auth().oauth2(TestTokens.learner(learner))
                .get("/lessons/{id}/progress", lesson.lessonId()).jsonPath().getFloat("passScore") == 0.95f);

        JsonPath below = post("{\"score\": 0.9, \"timeSpent\": 10}");
        JsonPath pass = post("{\"score\": 0.95, \"timeSpent\": 10}");

        assertThat(below.getBoolean("completed")).isFalse();
        assertThat(pass.getInt("completion.xpEarned")).isEqualTo(80);
        assertThat(fixtures.lessonStream(learner, lesson).get(2).data().getDouble("passScore")).isEqualTo(0.95);
    }

    @Test
    void aReadAfterTheLastCompletionShowsTheLearnersTotalXpAndLevel() {
        TestLesson second = fixtures.knownLesson(0.5, 60);
        fixtures.unlock(learner, second);
        post("{\"score\": 0.9, \"timeSpent\": 10}");
        long position = given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON)
                .body("{\"score\": 0.5, \"timeSpent\": 10}").post("/lessons/progress/{id}", second.lessonId())
                .then().statusCode(200).extract().jsonPath().getLong("position");

        academy.testing.Poll.untilAsserted(LearningFixtures.TIMEOUT, () -> {
            JsonPath read = given().auth().oauth2(TestTokens.learner(learner))
                    .get("/lessons/{id}/progress?after={after}", lesson.lessonId(), position)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(read.getLong("learner.totalXp")).isEqualTo(110);
            assertThat(read.getInt("learner.level")).isEqualTo(2);
        });
    }
}
