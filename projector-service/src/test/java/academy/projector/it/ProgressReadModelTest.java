package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import academy.eventstore.EventFeed;
import academy.eventstore.EventStore;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import academy.projector.projection.application.ProjectionCatalogue;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ProgressReadModelTest {

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
    @Inject
    Pool pool;
    @Inject
    EventFeed eventFeed;

    private Feed feed;
    private Learner learner;

    @BeforeEach
    void setUp() {
        feed = new Feed(store, positions, catalogue);
        learner = new Learner(feed);
    }

    @Test
    void lessonRowsAndTheSummaryFollowTheLessonEventsAndIgnoreOtherDomains() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long last = givenTwoLessonsOfWhichOneIsCompleted(at);

        feed.awaitProjection("progress", last);

        Map<String, Object> first = Rows.one(pool, "SELECT completed, score, time_spent_seconds, time_spent_minutes,"
                + " course_id FROM learning_progress WHERE user_id = $1 AND lesson_id = $2", learner.userId,
                learner.lessons.get(0));
        assertThat(first).containsEntry("completed", "true").containsEntry("score", "0.8500")
                .containsEntry("time_spent_seconds", "300").containsEntry("time_spent_minutes", "5")
                .containsEntry("course_id", learner.courseId.toString());
        Map<String, Object> second = Rows.one(pool, "SELECT completed, score, time_spent_seconds FROM learning_progress"
                + " WHERE user_id = $1 AND lesson_id = $2", learner.userId, learner.lessons.get(1));
        assertThat(second).containsEntry("completed", "false").containsEntry("score", "0.4000")
                .containsEntry("time_spent_seconds", "60");

        given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/progress/summary?after=" + last)
                .then().statusCode(200)
                .body("userId", equalTo(learner.userId))
                .body("totalLessons", equalTo(2))
                .body("completedLessons", equalTo(1))
                .body("averageScore", equalTo(0.625f))
                .body("totalTimeSpent", equalTo(360))
                .body("totalTimeSpentMinutes", equalTo(6));
    }

    @Test
    void aRedeliveredBatchAddsNoSecondsAndNoLessons() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long last = givenTwoLessonsOfWhichOneIsCompleted(at);
        feed.awaitProjection("progress", last);

        Redelivery.redeliver(pool, catalogue.live("progress").orElseThrow(), Redelivery.stored(store,
                learner.lessonStream(learner.lessons.get(0)), learner.lessonStream(learner.lessons.get(1))));

        Map<String, Object> summary = Rows.one(pool, "SELECT total_lessons, completed_lessons, total_time_spent"
                + " FROM user_progress_summary WHERE user_id = $1", learner.userId);
        assertThat(summary).containsEntry("total_lessons", "2").containsEntry("completed_lessons", "1")
                .containsEntry("total_time_spent", "360");
    }

    @Test
    void aReadWithAfterWaitsUpToASecondForTheProjectionThenAnswersWithWhatItHas() {
        String subscription = ProjectionCatalogue.subscription("progress");
        eventFeed.unsubscribe(subscription).await().atMost(Duration.ofSeconds(10));
        long position;
        try {
            position = feed.append(learner.lessonStream(learner.lessons.get(0)), learner.started(0, Instant.now()));
            long started = System.nanoTime();
            given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/progress/summary?after=" + position)
                    .then().statusCode(200).body("totalLessons", equalTo(0));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        } finally {
            eventFeed.subscribe(subscription, catalogue.live("progress").orElseThrow());
        }
        long after = position;
        Poll.untilAsserted(Feed.PATIENCE, () -> given().auth().oauth2(TestTokens.learner(learner.userId)).when()
                .get("/progress/summary?after=" + after).then().statusCode(200).body("totalLessons", equalTo(1)));
    }

    @Test
    void aLearnerWithoutLessonsHasAnEmptySummary() {
        given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/progress/summary")
                .then().statusCode(200).body("totalLessons", equalTo(0)).body("totalTimeSpent", equalTo(0));
    }

    @Test
    void theSummaryNeedsATokenAndAValidPosition() {
        given().when().get("/progress/summary").then().statusCode(401);
        given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/progress/summary?after=soon")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
    }

    private long givenTwoLessonsOfWhichOneIsCompleted(Instant at) {
        feed.append(learner.lessonStream(learner.lessons.get(0)), learner.started(0, at),
                learner.sitting(0, 0.5, 0.5, 120, at), learner.sitting(0, 0.85, 0.85, 180, at.plusSeconds(200)),
                learner.completed(0, 0.85, 180, 50, true, at.plusSeconds(200)));
        feed.append(learner.userStream(), Feed.event("StreakExtended", "userId", learner.userId),
                Feed.event("ProfileUpdated", "userId", learner.userId));
        feed.append("assessee-" + learner.userId + "-x", Feed.event("AssessmentPassed", "userId", learner.userId));
        feed.append(learner.courseStream(), Feed.event("CourseCreated", "courseId", learner.courseId));
        return feed.append(learner.lessonStream(learner.lessons.get(1)), learner.started(1, at),
                learner.sitting(1, 0.4, 0.4, 60, at.plusSeconds(300)));
    }
}
