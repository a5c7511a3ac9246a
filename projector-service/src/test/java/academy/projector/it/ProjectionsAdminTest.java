package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import academy.eventstore.EventStore;
import academy.eventstore.NewEvent;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import academy.projector.projection.application.ProjectionCatalogue;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ProjectionsAdminTest {

    private static final String ADMIN = TestTokens.admin(1001);

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
    @Inject
    Pool pool;

    @Test
    void operatorsSeeEveryProjectionsPositionLagAndState() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        long last = learner.complete(0, 0.8, 60, 10, true, Instant.now());
        feed.awaitProjections(last);

        JsonPath projections = given().auth().oauth2(ADMIN).when().get("/projections").then().statusCode(200)
                .extract().jsonPath();

        assertThat(projections.getList("name", String.class))
                .containsExactly("progress", "activities", "dashboard", "leaderboard", "course-stats", "daily");
        assertThat(projections.getList("state", String.class)).containsOnly("active");
        assertThat(projections.getList("position", Long.class)).allSatisfy(p -> assertThat(p).isPositive());
        assertThat(projections.getList("lagSeconds", Double.class)).allSatisfy(l -> assertThat(l).isNotNegative());
        given().auth().oauth2(TestTokens.learner(5)).when().get("/projections").then().statusCode(403);
        given().when().get("/projections").then().statusCode(401);
    }

    @Test
    void projectionMetricsAreScraped() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        feed.awaitProjections(learner.complete(0, 0.8, 60, 10, true, Instant.now()));

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("projection_events_processed_total{mode=\"live\",projection=\"progress\"}")
                .contains("projection_batch_duration_seconds_bucket{mode=\"live\",projection=\"leaderboard\"")
                .contains("event_processing_lag_seconds{subscription=\"projector-dashboard\"}");
    }

    @Test
    void aPoisonEventIsParkedTheFeedMovesOnAndAnOperatorRetriesOrSkipsIt() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        NewEvent poison = Feed.event("LessonCompleted", "userId", learner.userId, "courseId", null,
                "lessonId", learner.lessons.get(0), "completedAt", Instant.now());
        feed.append(learner.lessonStream(learner.lessons.get(0)), poison);
        long after = learner.complete(1, 0.9, 60, 20, true, Instant.now());

        feed.awaitProjection("progress", after);
        assertThat(Rows.one(pool, "SELECT total_lessons FROM user_progress_summary WHERE user_id = $1",
                learner.userId)).containsEntry("total_lessons", "1");

        Map<String, Object> parked = parkedLetter(poison, "projector-progress");
        long id = ((Number) parked.get("id")).longValue();
        given().auth().oauth2(ADMIN).when().post("/projections/dead-letters/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().post("/projections/dead-letters/" + id + "/skip").then().statusCode(200)
                .body("status", equalTo("skipped"));
        given().auth().oauth2(ADMIN).when().post("/projections/dead-letters/" + id + "/skip").then().statusCode(409);
        given().auth().oauth2(ADMIN).when().post("/projections/dead-letters/99999999/retry").then().statusCode(404);
        given().auth().oauth2(TestTokens.learner(5)).when().get("/projections/dead-letters").then().statusCode(403);
    }

    private Map<String, Object> parkedLetter(NewEvent poison, String subscription) {
        Map<String, Object>[] found = new Map[1];
        Poll.untilAsserted(Duration.ofSeconds(30), () -> {
            List<Map<String, Object>> letters = given().auth().oauth2(ADMIN).when().get("/projections/dead-letters")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            found[0] = letters.stream().filter(l -> poison.eventId().toString().equals(l.get("eventId"))
                    && subscription.equals(l.get("subscription"))).findFirst().orElse(null);
            assertThat(found[0]).isNotNull();
            assertThat(found[0].get("status")).isEqualTo("parked");
        });
        return found[0];
    }
}
