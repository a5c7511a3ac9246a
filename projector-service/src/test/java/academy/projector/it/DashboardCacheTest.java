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
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import academy.projector.dashboard.infrastructure.DashboardCache;
import academy.projector.projection.infrastructure.ProgressBroadcast;
import academy.projector.projection.application.ProjectionCatalogue;
import academy.projector.projection.infrastructure.ProjectionProgress;

/** Dashboards from memory: a repeated read is a hit, a projection's commit drops it, on every replica. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class DashboardCacheTest {

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
    @Inject
    DashboardCache cache;
    @Inject
    ProjectionProgress progress;
    @Inject
    ProgressBroadcast broadcast;
    @Inject
    Pool pool;

    @Test
    void aRepeatedReadIsServedFromMemoryAndACommitDropsItSoTheReadAfterIsCurrent() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        String token = TestTokens.learner(learner.userId);
        learner.authorCourse();
        learner.enrol(Instant.now());
        long first = learner.complete(0, 0.9, 60, 30, true, Instant.now());
        given().auth().oauth2(token).when().get("/dashboard?after=" + first).then().statusCode(200)
                .body("xp.total", equalTo(30));
        // Another projection's commit of the same batch may drop that answer; the next read stores it again.
        Poll.untilAsserted(Duration.ofSeconds(5), () -> {
            given().auth().oauth2(token).when().get("/dashboard").then().statusCode(200).body("xp.total", equalTo(30));
            assertThat(cache.get(learner.userId)).hasValueSatisfying(json -> assertThat(json).contains("\"total\":30"));
        });

        long second = learner.complete(1, 0.9, 60, 45, true, Instant.now());

        // The cached dashboard (30 XP) must be gone by the time the projections' commits wake this read.
        given().auth().oauth2(token).when().get("/dashboard?after=" + second).then().statusCode(200)
                .header("X-Caught-Up", "true").body("xp.total", equalTo(75));
        // A later projection's commit of the same batch may drop that answer once more; the next
        // read stores it again, and from then on it is a memory hit.
        Poll.untilAsserted(Duration.ofSeconds(5), () -> {
            given().auth().oauth2(token).when().get("/dashboard").then().statusCode(200).body("xp.total", equalTo(75));
            assertThat(cache.get(learner.userId)).hasValueSatisfying(json -> assertThat(json).contains("\"total\":75"));
        });
    }

    @Test
    void anotherReplicasBroadcastDropsTheLearnersDashboardAndWakesItsReaders() {
        long learner = 4_294_967_333L;
        given().auth().oauth2(TestTokens.learner(learner)).when().get("/dashboard").then().statusCode(200);
        assertThat(cache.get(learner)).isPresent();
        Poll.until(Duration.ofSeconds(10), broadcast::listening);

        pool.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(ProgressBroadcast.CHANNEL,
                "r another-replica\nl " + learner + "\np broadcast-test 7 42\n")).await().atMost(Duration.ofSeconds(5));

        Poll.until(Duration.ofSeconds(5), () -> cache.get(learner).isEmpty());
        Poll.until(Duration.ofSeconds(5), () -> progress.reached("broadcast-test") != null
                && progress.reached("broadcast-test").globalPosition() == 42);
    }
}
