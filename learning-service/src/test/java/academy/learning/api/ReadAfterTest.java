package academy.learning.api;

import static io.restassured.RestAssured.given;

import academy.eventstore.EventStore;
import academy.testing.AcademyTestResource;
import academy.testing.ReadAfterRule;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ReadAfterTest {

    @Inject
    EventStore store;

    @Test
    void lessonProgressFollowsTheOneRuleForAfter() {
        LearningFixtures fixtures = new LearningFixtures(store);
        var lesson = fixtures.knownLesson(0.7, 50);
        long learner = LearningFixtures.newLearner();
        fixtures.unlock(learner, lesson);
        String token = TestTokens.learner(learner);
        ReadAfterRule.assertFollowedBy(() -> given().auth().oauth2(token), "/lessons/" + lesson.lessonId() + "/progress");
    }
}
