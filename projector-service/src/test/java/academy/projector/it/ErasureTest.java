package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import academy.projector.leaderboard.infrastructure.LeaderboardBoards;
import academy.projector.projection.application.ProjectionCatalogue;

/** UserErased reaches every read model and Redis structure that holds the learner. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ErasureTest {

    private static final List<String> LEARNER_TABLES = List.of("learning_progress", "user_progress_summary",
            "user_activities", "learner_streaks", "dashboard_enrolments", "dashboard_lesson_states", "xp_totals", "xp_weekly");

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
    Pool pool;

    @Test
    void anErasedLearnerLeavesBothBoardsTheDashboardActivitiesProgressAndTheCaches() {
        Feed feed = new Feed(store, positions, catalogue);
        Learner learner = new Learner(feed);
        String token = TestTokens.learner(learner.userId);
        Instant now = Instant.now();
        learner.authorCourse();
        learner.enrol(now);
        long position = learner.complete(0, 0.9, 60, 1_900_000_000, true, now);
        feed.awaitProjections(position);
        assertThat(boardIds(token, "week")).contains(learner.userId);
        assertThat(boardIds(token, "all")).contains(learner.userId);
        assertThat(get(token, "/dashboard").getLong("xp.total")).isEqualTo(1_900_000_000L);
        assertThat(get(token, "/activities").getList("items")).isNotEmpty();
        assertThat(rows(learner.userId)).isPositive();

        long erased = feed.append(learner.userStream(), Feed.event("UserErased", "userId", learner.userId, "erasedAt", now));
        feed.awaitProjections(erased);

        assertThat(rows(learner.userId)).as("rows of the erased learner in the read models").isZero();
        assertThat(boardIds(token, "week")).doesNotContain(learner.userId);
        assertThat(boardIds(token, "all")).doesNotContain(learner.userId);
        assertThat(redis.sortedSet(String.class).zscore(boards.key("all"), Long.toString(learner.userId))
                .await().atMost(Duration.ofSeconds(5))).isNull();
        JsonPath dashboard = get(token, "/dashboard");
        assertThat(dashboard.getLong("xp.total")).isZero();
        assertThat(dashboard.getList("coursesInProgress")).isEmpty();
        assertThat(get(token, "/activities").getList("items")).isEmpty();
        assertThat(get(token, "/progress/summary").getInt("totalLessons")).isZero();
    }

    private static JsonPath get(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> boardIds(String token, String period) {
        return get(token, "/leaderboard?period=" + period + "&limit=100").getList("entries.userId", Long.class);
    }

    private long rows(long userId) {
        long rows = 0;
        for (String table : LEARNER_TABLES) {
            rows += pool.preparedQuery("SELECT count(*) FROM " + table + " WHERE user_id = $1").execute(Tuple.of(userId))
                    .await().atMost(Duration.ofSeconds(5)).iterator().next().getLong(0);
        }
        return rows;
    }
}
