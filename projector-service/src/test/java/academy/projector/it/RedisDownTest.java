package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import academy.eventstore.EventStore;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import academy.projector.leaderboard.infrastructure.BoardSnapshots;
import academy.projector.leaderboard.infrastructure.LeaderboardBoards;
import academy.projector.projection.application.ProjectionCatalogue;

/** Redis holds derived data only: with it down every read answers from PostgreSQL, and its boards come back. */
@QuarkusTest
@TestProfile(RedisDownTest.OwnRedis.class)
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class RedisDownTest {

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;
    @Inject
    LeaderboardBoards boards;
    @Inject
    ReactiveRedisDataSource redis;
    @Inject
    BoardSnapshots snapshots;

    private final ExecutorService requests = Executors.newFixedThreadPool(50);

    @AfterEach
    void redisRunsAgain() {
        OwnRedisTestResource.stopRedis();
        OwnRedisTestResource.startRedis();
    }

    @Test
    void everyReadRouteAnswersWhileRedisIsDownAndTheSortedSetsAreRebuiltWhenItReturns() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        String token = TestTokens.learner(learner.userId);
        learner.authorCourse();
        learner.enrol(Instant.now());
        long first = learner.complete(0, 0.9, 60, 30, true, Instant.now());
        feed.awaitProjections(first);
        Poll.untilAsserted(Feed.PATIENCE, () -> given().auth().oauth2(token).when().get("/leaderboard?period=all")
                .then().statusCode(200).body("source", equalTo("redis")).body("me.xp", equalTo(30)));

        OwnRedisTestResource.stopRedis();
        long second = learner.complete(1, 0.9, 60, 45, true, Instant.now());
        feed.awaitProjections(second);

        for (String route : List.of("/dashboard", "/progress/summary", "/leaderboard?period=week",
                "/leaderboard?period=all&limit=5", "/activities?limit=5")) {
            given().auth().oauth2(token).when().get(route).then().statusCode(200);
        }
        given().auth().oauth2(token).when().get("/dashboard").then().statusCode(200).body("xp.total", equalTo(75));
        // Without ?after the PostgreSQL copy may be up to 5 s old; with it, the copy is read after the wait.
        given().auth().oauth2(token).when().get("/leaderboard?period=all&after=" + second).then().statusCode(200)
                .body("source", equalTo("postgresql")).body("me.xp", equalTo(75)).body("me.rank", equalTo(1));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/health").then().statusCode(200).body("status", equalTo("ok"))
                .body("redis", equalTo("degraded"));

        OwnRedisTestResource.startRedis();
        Poll.untilAsserted(Duration.ofSeconds(30), () -> {
            Double score = redis.sortedSet(String.class).zscore(boards.key("all"), Long.toString(learner.userId))
                    .await().atMost(Duration.ofSeconds(2));
            assertThat(score).isEqualTo(75.0);
        });
        Poll.untilAsserted(Duration.ofSeconds(30), () -> given().auth().oauth2(token).when()
                .get("/leaderboard?period=all").then().statusCode(200).body("source", equalTo("redis"))
                .body("me.xp", equalTo(75)));
    }

    @Test
    void aLeaderboardFloodWithRedisDownIsAnsweredFromOneBoundedReadOfPostgreSQL() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        learner.authorCourse();
        learner.enrol(Instant.now());
        feed.awaitProjections(learner.complete(0, 0.9, 60, 30, true, Instant.now()));
        OwnRedisTestResource.stopRedis();
        long loadsBefore = snapshots.loads();
        long started = System.nanoTime();

        List<CompletableFuture<Integer>> flood = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String token = TestTokens.learner(i % 2 == 0 ? learner.userId : 4_294_967_296L + i);
            flood.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(token).when()
                    .get("/leaderboard?period=all&limit=10").then().extract().statusCode(), requests));
        }

        assertThat(flood).allSatisfy(status -> assertThat(status.join()).isEqualTo(200));
        // One read of the board per 5 s at most (the copy's maximum age), however many requests came.
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertThat(snapshots.loads() - loadsBefore).isBetween(1L, 2 + seconds / 5);
        given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/leaderboard?period=all").then()
                .statusCode(200).body("source", equalTo("postgresql")).body("me.xp", equalTo(30))
                .body("me.rank", equalTo(1));
    }

    @Test
    void theLeaderboardScriptComesBackAfterRedisForgetsIt() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        String token = TestTokens.learner(learner.userId);
        learner.authorCourse();
        learner.enrol(Instant.now());
        feed.awaitProjections(learner.complete(0, 0.9, 60, 30, true, Instant.now()));
        Poll.untilAsserted(Feed.PATIENCE, () -> given().auth().oauth2(token).when().get("/leaderboard?period=all")
                .then().statusCode(200).body("source", equalTo("redis")).body("me.xp", equalTo(30)));

        redis.execute("SCRIPT", "FLUSH").await().atMost(Duration.ofSeconds(5));

        given().auth().oauth2(token).when().get("/leaderboard?period=all").then().statusCode(200)
                .body("source", equalTo("redis")).body("me.xp", equalTo(30));
    }

    /** Its own Redis (and database): the shared test resource is replaced for this profile. */
    public static class OwnRedis implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("academy.projector.leaderboard-repair-interval", "1s");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OwnRedisTestResource.class));
        }
    }
}
