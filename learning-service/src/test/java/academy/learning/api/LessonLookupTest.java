package academy.learning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.learning.api.LearningFixtures.TestLesson;
import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Lessons come from course-service's events through the feed, also those added while the service runs. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class LessonLookupTest {

    @Inject
    EventStore store;

    @Test
    void aLessonAddedAfterStartUpIsKnownOnceItsLessonAddedReachesTheLookupTable() {
        LearningFixtures fixtures = new LearningFixtures(store);
        long learner = LearningFixtures.newLearner();
        String token = TestTokens.learner(learner);

        TestLesson lesson = fixtures.appendLesson(0.6, 40);
        fixtures.unlock(learner, lesson);

        Poll.until(LearningFixtures.TIMEOUT, () -> given().auth().oauth2(token)
                .post("/lessons/{id}/start", lesson.lessonId()).statusCode() == 200);
        var answer = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"score\": 0.6, \"timeSpent\": 30}").post("/lessons/progress/{id}", lesson.lessonId())
                .then().statusCode(200).extract().jsonPath();
        assertThat(answer.getString("courseId")).isEqualTo(lesson.courseId().toString());
        assertThat(answer.getString("moduleId")).isEqualTo(lesson.moduleId().toString());
        assertThat(answer.getFloat("passScore")).isEqualTo(0.6f);
        assertThat(answer.getInt("xp")).isEqualTo(40);
        assertThat(answer.getInt("completion.xpEarned")).isEqualTo(40);
    }

    @Test
    void beforeItsLessonAddedArrivesALessonIsUnknown() {
        LearningFixtures fixtures = new LearningFixtures(store);
        long learner = LearningFixtures.newLearner();
        TestLesson never = new TestLesson(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID());
        fixtures.unlock(learner, never);

        given().auth().oauth2(TestTokens.learner(learner)).post("/lessons/{id}/start", never.lessonId())
                .then().statusCode(404);
    }

    @Test
    void afterWaitsForTheLookupTableToPassThePosition() {
        LearningFixtures fixtures = new LearningFixtures(store);
        TestLesson lesson = fixtures.appendLesson(0.5, 10);
        long head = store.headPosition().await().atMost(LearningFixtures.TIMEOUT);

        // One ?after read may still time out on a slow machine (it answers after 1 s either way),
        // so poll: what matters is that once the table passed the position the lesson is known.
        Poll.until(LearningFixtures.TIMEOUT, () -> given().auth().oauth2(TestTokens.learner(1L))
                .get("/lessons/{id}/progress?after={after}", lesson.lessonId(), head).statusCode() == 200);
    }
}
