package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import academy.eventstore.EventStore;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import academy.projector.projection.application.ProjectionCatalogue;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ActivitiesReadModelTest {

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
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
    void activitiesAreListedNewestFirstWithTheirDetails() {
        long last = givenAnEnrolmentACompletionAndOtherDomainsEvents();
        feed.awaitProjection("activities", last);

        JsonPath activities = given().auth().oauth2(TestTokens.learner(learner.userId))
                .when().get("/activities?limit=10&after=" + last).then().statusCode(200).extract().jsonPath();

        assertThat(activities.getList("items.kind", String.class))
                .containsExactly("course_completed", "lesson_completed", "lesson_started", "course_enrolled");
        assertThat(activities.getInt("items[1].details.xpEarned")).isEqualTo(50);
        assertThat(activities.getFloat("items[1].details.score")).isEqualTo(0.85f);
        assertThat(activities.getString("items[1].lessonId")).isEqualTo(learner.lessons.get(0).toString());
    }

    @Test
    void theLimitBoundsTheListAndIsValidated() {
        long last = givenAnEnrolmentACompletionAndOtherDomainsEvents();
        feed.awaitProjection("activities", last);
        String token = TestTokens.learner(learner.userId);

        given().auth().oauth2(token).when().get("/activities?limit=2&after=" + last).then().statusCode(200)
                .body("items.size()", equalTo(2));
        given().auth().oauth2(token).when().get("/activities?limit=1000").then().statusCode(422)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void aRedeliveredBatchAddsNoActivity() {
        long last = givenAnEnrolmentACompletionAndOtherDomainsEvents();
        feed.awaitProjection("activities", last);

        Redelivery.redeliver(pool, catalogue.live("activities").orElseThrow(),
                Redelivery.stored(store, learner.enrolmentStream(), learner.lessonStream(learner.lessons.get(0))));

        assertThat(Rows.one(pool, "SELECT count(*) AS n FROM user_activities WHERE user_id = $1", learner.userId))
                .containsEntry("n", "4");
    }

    private long givenAnEnrolmentACompletionAndOtherDomainsEvents() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
        learner.authorCourse();
        feed.append(learner.enrolmentStream(), Feed.event("Enrolled", "userId", learner.userId,
                "courseId", learner.courseId, "enrolledAt", at));
        feed.append(learner.lessonStream(learner.lessons.get(0)), learner.started(0, at.plusSeconds(60)),
                learner.sitting(0, 0.85, 0.85, 180, at.plusSeconds(240)),
                learner.completed(0, 0.85, 180, 50, true, at.plusSeconds(240)));
        feed.append(learner.userStream(), Feed.event("ProfileUpdated", "userId", learner.userId));
        return feed.append(learner.enrolmentStream(), Feed.event("CourseCompleted", "userId", learner.userId,
                "courseId", learner.courseId, "completedAt", at.plusSeconds(300)));
    }
}
