package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import academy.eventstore.EventStore;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import academy.testing.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import academy.projector.dashboard.application.DashboardService;
import academy.projector.projection.application.ProjectionCatalogue;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class DashboardReadModelTest {

    private static final String ZONE = "Pacific/Kiritimati";

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
    @Inject
    DashboardService dashboards;
    @Inject
    ObjectMapper json;
    @Inject
    Pool pool;

    private Feed feed;
    private Learner learner;

    @BeforeEach
    void setUp() {
        feed = new Feed(store, positions, catalogue);
        learner = new Learner(feed);
    }

    @Test
    void theDashboardShowsStreakXpCourseProgressNextLessonAndActivities() {
        long last = givenALearnerOneLessonIntoTheCourse();

        JsonPath dashboard = given().auth().oauth2(TestTokens.learner(learner.userId))
                .when().get("/dashboard?after=" + last).then().statusCode(200).extract().jsonPath();

        assertThat(dashboard.getLong("userId")).isEqualTo(learner.userId);
        assertThat(dashboard.getInt("streak.current")).isEqualTo(3);
        assertThat(dashboard.getInt("streak.longest")).isEqualTo(5);
        assertThat(dashboard.getInt("streak.freezesAvailable")).isEqualTo(1);
        assertThat(dashboard.getString("streak.timeZone")).isEqualTo(ZONE);
        assertThat(dashboard.getLong("xp.total")).isEqualTo(75);
        assertThat(dashboard.getInt("xp.level")).isEqualTo(1);
        assertThat(dashboard.getLong("xp.nextLevelAt")).isEqualTo(100);
        assertThat(dashboard.getLong("xp.thisWeek")).isEqualTo(75);
        assertThat(dashboard.getList("coursesInProgress")).hasSize(1);
        assertThat(dashboard.getString("coursesInProgress[0].courseId")).isEqualTo(learner.courseId.toString());
        assertThat(dashboard.getInt("coursesInProgress[0].completedLessons")).isEqualTo(1);
        assertThat(dashboard.getInt("coursesInProgress[0].totalLessons")).isEqualTo(3);
        assertThat(dashboard.getFloat("coursesInProgress[0].percentComplete")).isEqualTo(0.3333f);
        assertThat(dashboard.getString("nextLesson.lessonId")).isEqualTo(learner.lessons.get(1).toString());
        assertThat(dashboard.getString("nextLesson.title")).isEqualTo("Second");
        assertThat(dashboard.getList("recentActivities")).hasSize(5);
        assertThat(dashboard.getList("recentActivities.kind", String.class)).contains("lesson_completed");
    }

    @Test
    void aRedeliveredBatchLeavesTheDashboardAsItWas() throws Exception {
        givenALearnerOneLessonIntoTheCourse();
        String before = json.writeValueAsString(dashboards.compute(learner.userId).await().atMost(Duration.ofSeconds(5)));

        var events = Redelivery.stored(store, learner.courseStream(), learner.enrolmentStream(), learner.userStream(),
                learner.lessonStream(learner.lessons.get(0)));
        Redelivery.redeliver(pool, catalogue.live("dashboard").orElseThrow(), events);
        Redelivery.redeliver(pool, catalogue.live("leaderboard").orElseThrow(), events);
        Redelivery.redeliver(pool, catalogue.live("activities").orElseThrow(), events);

        String after = json.writeValueAsString(dashboards.compute(learner.userId).await().atMost(Duration.ofSeconds(5)));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aCachedDashboardIsInvalidatedWhenTheLearnersDataChanges() {
        givenALearnerOneLessonIntoTheCourse();
        String token = TestTokens.learner(learner.userId);
        given().auth().oauth2(token).when().get("/dashboard").then().statusCode(200)
                .body("coursesInProgress[0].completedLessons", equalTo(1));

        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        feed.append(learner.enrolmentStream(), learner.unlocked(2, at));
        long last = learner.complete(1, 0.9, 60, 40, true, at);
        feed.awaitProjections(last);

        Poll.untilAsserted(Feed.PATIENCE, () -> given().auth().oauth2(token).when().get("/dashboard")
                .then().statusCode(200)
                .body("coursesInProgress[0].completedLessons", equalTo(2))
                .body("xp.total", equalTo(115))
                .body("xp.level", equalTo(2))
                .body("nextLesson.lessonId", equalTo(learner.lessons.get(2).toString())));
    }

    @Test
    void aCompletedCourseIsNoLongerInProgress() {
        givenALearnerOneLessonIntoTheCourse();
        long last = feed.append(learner.enrolmentStream(), Feed.event("CourseCompleted", "userId", learner.userId,
                "courseId", learner.courseId, "completedAt", Instant.now()));

        Poll.untilAsserted(Feed.PATIENCE, () -> given().auth().oauth2(TestTokens.learner(learner.userId))
                .when().get("/dashboard?after=" + last).then().statusCode(200)
                .body("coursesInProgress.size()", equalTo(0)).body("nextLesson", nullValue()));
    }

    @Test
    void missedDaysSpendTheFreezesTheDashboardShowsAsUsersMeDoes() {
        // two freezes equipped, the last counted day three days ago: two missed days spend both
        LocalDate lastDay = LocalDate.now(ZoneId.of(ZONE)).minusDays(3);
        long last = feed.append(learner.userStream(),
                Feed.event("ProfileUpdated", "userId", learner.userId, "timeZone", ZONE),
                Feed.event("StreakExtended", "userId", learner.userId, "day", lastDay.toString(), "timeZone", ZONE,
                        "currentStreak", 14, "longestStreak", 14, "lastActiveDay", lastDay.toString(),
                        "lastActiveZone", ZONE, "freezesAvailable", 2));

        given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/dashboard?after=" + last)
                .then().statusCode(200)
                .body("streak.current", equalTo(14))
                .body("streak.freezesAvailable", equalTo(0))
                .body("streak.lastDay", equalTo(lastDay.toString()));
    }

    @Test
    void aNewLearnerSeesAnEmptyDashboardAndAStrangerNeedsAToken() {
        given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/dashboard").then().statusCode(200)
                .body("streak.current", equalTo(0)).body("xp.total", equalTo(0)).body("xp.level", equalTo(1))
                .body("streak.timeZone", equalTo("UTC"));
        given().when().get("/dashboard").then().statusCode(401);
        given().auth().oauth2(TestTokens.expired(learner.userId)).when().get("/dashboard").then().statusCode(401);
    }

    private long givenALearnerOneLessonIntoTheCourse() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        learner.authorCourse();
        learner.enrol(at.minusSeconds(600));
        feed.append(learner.userStream(),
                Feed.event("ProfileUpdated", "userId", learner.userId, "timeZone", ZONE),
                Feed.event("StreakExtended", "userId", learner.userId, "day", today.toString(), "timeZone", ZONE,
                        "currentStreak", 3, "longestStreak", 5, "lastActiveDay", today.toString(), "lastActiveZone", ZONE,
                        "freezesAvailable", 0),
                Feed.event("StreakFreezeEarned", "userId", learner.userId, "day", today.toString(), "freezesAvailable", 1));
        learner.complete(0, 0.85, 180, 50, true, at.minusSeconds(300));
        feed.append(learner.enrolmentStream(), learner.unlocked(1, at.minusSeconds(300)));
        feed.append("attempt-" + learner.userId, Feed.event("AnswerRecorded", "userId", learner.userId),
                Feed.event("AttemptScored", "userId", learner.userId));
        long last = learner.complete(0, 0.95, 120, 25, false, at);
        feed.awaitProjections(last);
        return last;
    }
}
