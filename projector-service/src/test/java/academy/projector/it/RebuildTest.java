package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import academy.projector.projection.application.ProjectionCatalogue;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class RebuildTest {

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
    void everyRebuiltProjectionEqualsTheIncrementallyBuiltOneAndKeepsUpAfterwards() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = givenTwoLearnersJourneys(feed);
        var incremental = Snapshots.all(pool);

        for (String name : catalogue.names()) {
            given().auth().oauth2(ADMIN).when().post("/projections/" + name + "/rebuild").then().statusCode(202)
                    .body("projection", equalTo(name)).body("state", equalTo("running"));
            // The old tables keep serving while the new ones fill.
            given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/dashboard").then().statusCode(200);
            awaitSwapped(name);
        }

        assertThat(Snapshots.all(pool)).isEqualTo(incremental);
        assertThat(given().when().get("/q/metrics").then().extract().asString())
                .contains("projection_rebuild_progress{projection=\"progress\"} 1.0");

        long next = learner.complete(1, 0.9, 30, 40, true, Instant.now());
        feed.awaitProjections(next);
        assertThat(Rows.one(pool, "SELECT total_xp FROM xp_totals WHERE user_id = $1", learner.userId))
                .containsEntry("total_xp", "90");
        assertThat(Rows.one(pool, "SELECT completed_lessons FROM user_progress_summary WHERE user_id = $1",
                learner.userId)).containsEntry("completed_lessons", "2");
    }

    @Test
    void onlyAdminsRebuildAndOnlyKnownProjections() {
        given().auth().oauth2(TestTokens.learner(7)).when().post("/projections/progress/rebuild").then().statusCode(403);
        given().when().post("/projections/progress/rebuild").then().statusCode(401);
        given().auth().oauth2(ADMIN).when().post("/projections/nothing/rebuild").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private void awaitSwapped(String name) {
        Poll.untilAsserted(Duration.ofSeconds(60), () -> {
            List<Map<String, Object>> projections = given().auth().oauth2(ADMIN).when().get("/projections")
                    .then().statusCode(200).extract().jsonPath().getList("findAll { it.name == '" + name + "' }");
            assertThat(projections).singleElement().satisfies(p -> {
                assertThat(((Map<?, ?>) p.get("rebuild")).get("state")).isEqualTo("swapped");
                assertThat(p.get("state")).isIn("active", "standby");
            });
        });
    }

    private static Learner givenTwoLearnersJourneys(Feed feed) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(7200);
        Learner learner = new Learner(feed);
        learner.authorCourse();
        learner.enrol(at);
        learner.complete(0, 0.8, 200, 50, true, at.plusSeconds(300));
        feed.append(learner.enrolmentStream(), learner.unlocked(1, at.plusSeconds(300)));
        feed.append(learner.userStream(), Feed.event("StreakExtended", "userId", learner.userId),
                Feed.event("StreakFreezeEarned", "userId", learner.userId));
        Learner other = new Learner(feed);
        other.enrol(at);
        other.complete(0, 0.9, 100, 50, true, at.plusSeconds(100));
        long last = other.complete(0, 0.95, 100, 25, false, at.plusSeconds(200));
        feed.awaitProjections(last);
        return learner;
    }
}
