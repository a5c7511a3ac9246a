package academy.learning.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventIds;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.learning.infrastructure.LessonStreams;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commands decide on the state this replica last saw of the stream; when another replica wrote in
 * between, that state is stale, and the command must still decide on the stream's real state.
 */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class KnownStateTest extends OpenLessonTest {

    private Response sitting(double score) {
        return given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON)
                .body("{\"score\": " + score + ", \"timeSpent\": 30}").post("/lessons/progress/{id}", lesson.lessonId());
    }

    /** What another replica would append for a completing sitting of 0.9. */
    private void completedElsewhere() {
        String now = Instant.now().toString();
        JsonObject recorded = EventFixtures.data("LessonProgressRecorded").put("userId", learner)
                .put("lessonId", lesson.lessonId().toString()).put("courseId", lesson.courseId().toString())
                .put("score", 0.9).put("bestScore", 0.9).put("timeSpentSeconds", 30).put("recordedAt", now);
        JsonObject completed = EventFixtures.data("LessonCompleted").put("userId", learner)
                .put("lessonId", lesson.lessonId().toString()).put("courseId", lesson.courseId().toString())
                .put("score", 0.9).put("passScore", 0.7).put("timeSpentSeconds", 30).put("xpEarned", 50)
                .put("firstCompletion", true).put("completedAt", now);
        store.append(LessonStreams.lesson(learner, lesson.lessonId()), ExpectedVersion.exactly(1), List.of(
                new NewEvent(EventIds.random(), "LessonProgressRecorded", recorded, EventFixtures.metadata("LessonProgressRecorded")),
                new NewEvent(EventIds.random(), "LessonCompleted", completed, EventFixtures.metadata("LessonCompleted"))))
                .await().atMost(LearningFixtures.TIMEOUT);
    }

    @Test
    void aSittingAfterAnotherReplicasCompletionIsARepeatCompletion() {
        Response first = sitting(0.5);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
        assertThat(first.jsonPath().getBoolean("completed")).isFalse();

        completedElsewhere();
        Response next = sitting(0.8);

        assertThat(next.statusCode()).as(next.asString()).isEqualTo(200);
        assertThat(next.jsonPath().getInt("sittings")).isEqualTo(3);
        assertThat(next.jsonPath().getInt("completions")).isEqualTo(2);
        assertThat(next.jsonPath().getBoolean("completion.firstCompletion")).isFalse();
        assertThat(next.jsonPath().getInt("completion.xpEarned")).isEqualTo(25);
        assertThat(next.jsonPath().getFloat("bestScore")).isEqualTo(0.9f);
        List<RecordedEvent> stream = fixtures.lessonStream(learner, lesson);
        assertThat(stream).extracting(RecordedEvent::streamVersion).containsExactly(1, 2, 3, 4, 5);
        assertThat(stream.get(3).data().getFloat("bestScore")).isEqualTo(0.9f);
        assertThat(next.jsonPath().getLong("position")).isEqualTo(stream.get(4).globalPosition());
    }

    @Test
    void consecutiveSittingsAnswerTheStreamsStateAndPosition() {
        for (int i = 1; i <= 4; i++) {
            Response answer = sitting(i == 3 ? 0.75 : 0.6);
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
            assertThat(answer.jsonPath().getInt("sittings")).isEqualTo(i);
            assertThat(answer.jsonPath().getLong("timeSpentSeconds")).isEqualTo(30L * i);
            assertThat(answer.jsonPath().getBoolean("completed")).isEqualTo(i >= 3);
        }
        List<RecordedEvent> stream = fixtures.lessonStream(learner, lesson);
        assertThat(stream).hasSize(5);
        Response read = given().auth().oauth2(TestTokens.learner(learner)).get("/lessons/{id}/progress", lesson.lessonId());
        assertThat(read.jsonPath().getLong("position")).isEqualTo(stream.get(4).globalPosition());
        assertThat(read.jsonPath().getInt("sittings")).isEqualTo(4);
        assertThat(read.jsonPath().getFloat("bestScore")).isEqualTo(0.75f);
    }
}
