package academy.learning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.edge.time.AcademyClock;
import academy.edge.time.ControlledClock;
import academy.eventstore.EventStore;
import academy.learning.api.LearningFixtures.TestLesson;
import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** XP of completions by the server's UTC day (README "XP"), through HTTP with a controlled clock. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class XpApiTest {

    @Inject
    EventStore store;

    ControlledClock clock;
    TestLesson lesson;
    long learner;

    @BeforeEach
    void openLesson() {
        clock = new ControlledClock(Instant.parse("2026-11-27T23:50:00Z"));
        QuarkusMock.installMockForType(clock, AcademyClock.class);
        LearningFixtures fixtures = new LearningFixtures(store);
        lesson = fixtures.knownLesson(0.7, 51);
        learner = LearningFixtures.newLearner();
        fixtures.unlock(learner, lesson);
    }

    private JsonPath pass() {
        return given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON)
                .body("{\"score\": 0.9, \"timeSpent\": 60}").post("/lessons/progress/{id}", lesson.lessonId())
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void firstFullThenHalfThenNothingOnTheSameUtcDayAndHalfAgainTheNextDay() {
        JsonPath first = pass();
        clock.advance(Duration.ofMinutes(1));
        JsonPath sameDay = pass();
        clock.advance(Duration.ofMinutes(1));
        JsonPath thirdSameDay = pass();
        clock.set(Instant.parse("2026-11-28T00:00:00Z"));
        JsonPath nextDay = pass();
        JsonPath nextDayAgain = pass();

        assertThat(first.getInt("completion.xpEarned")).isEqualTo(51);
        assertThat(first.getBoolean("completion.firstCompletion")).isTrue();
        assertThat(first.getString("completion.completedAt")).isEqualTo("2026-11-27T23:50:00Z");
        assertThat(sameDay.getInt("completion.xpEarned")).isEqualTo(25);
        assertThat(thirdSameDay.getInt("completion.xpEarned")).isZero();
        assertThat(nextDay.getInt("completion.xpEarned")).isEqualTo(25);
        assertThat(nextDay.getBoolean("completion.firstCompletion")).isFalse();
        assertThat(nextDayAgain.getInt("completion.xpEarned")).isZero();
        assertThat(nextDayAgain.getInt("xpEarned")).isEqualTo(101);
        assertThat(nextDayAgain.getString("firstCompletedAt")).isEqualTo("2026-11-27T23:50:00Z");
    }
}
