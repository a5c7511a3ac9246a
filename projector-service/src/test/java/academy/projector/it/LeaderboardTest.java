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
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import academy.projector.leaderboard.infrastructure.BoardSnapshot;
import academy.projector.leaderboard.domain.DisplayNames;
import academy.projector.leaderboard.infrastructure.LeaderboardBoards;
import academy.projector.leaderboard.domain.LeaderboardWeek;
import academy.projector.projection.application.ProjectionCatalogue;
import academy.projector.leaderboard.infrastructure.XpTotals;

/** Learners here earn millions of XP, so they lead every board whatever other tests add. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class LeaderboardTest {

    private static final int BASE = 500_000_000;
    private static final int TOP = 1_500_000_000;

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
    @Inject
    XpTotals totals;

    private Feed feed;

    @BeforeEach
    void setUp() {
        feed = new Feed(store, positions, catalogue);
    }

    @Test
    void theCallerSeesTheTopAndTheirOwnRankEvenOutsideIt() {
        List<Learner> learners = givenLearnersWithXp(TOP, 400, 300, 300, 100, 50);
        Learner caller = learners.get(4);
        String token = TestTokens.learner(caller.userId);

        for (String period : List.of("all", "week")) {
            JsonPath board = given().auth().oauth2(token).when()
                    .get("/leaderboard?period=" + period + "&limit=3&after=" + lastPosition).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(board.getString("period")).isEqualTo(period);
            assertThat(board.getList("entries.rank", Integer.class)).containsExactly(1, 2, 2);
            DisplayNames names = new DisplayNames("telegram-academy-display-names");
            assertThat(board.getList("entries.displayName", String.class)).startsWith(names.of(learners.get(0).userId))
                    .containsExactlyInAnyOrder(names.of(learners.get(0).userId), names.of(learners.get(1).userId),
                            names.of(learners.get(2).userId));
            assertThat(board.getList("entries.userId")).as("other learners' Telegram ids").containsOnlyNulls();
            assertThat(board.getLong("entries[0].xp")).isEqualTo(TOP + 400L);
            assertThat(board.getInt("me.rank")).isEqualTo(5);
            assertThat(board.getLong("me.userId")).isEqualTo(caller.userId);
            assertThat(board.getLong("me.xp")).isEqualTo(TOP + 50L);
        }
    }

    @Test
    void redisAndPostgresqlAnswerTheSameBoard() {
        List<Learner> learners = givenLearnersWithXp(BASE, 900, 800, 700);
        Learner caller = learners.get(2);
        String token = TestTokens.learner(caller.userId);

        // ?after waits for the leaderboard projection, which writes Redis before announcing its commit.
        JsonPath fromRedis = given().auth().oauth2(token).when()
                .get("/leaderboard?period=all&limit=5&after=" + lastPosition).then().statusCode(200)
                .header("X-Caught-Up", "true").extract().jsonPath();
        BoardSnapshot fromDatabase = BoardSnapshot.of(totals.board(null).await().atMost(Duration.ofSeconds(10)), 0);

        assertThat(fromRedis.getString("source")).isEqualTo("redis");
        // Others appear by their anonymous label only: compare labels and XP.
        DisplayNames names = new DisplayNames("telegram-academy-display-names");
        List<String> entries = new ArrayList<>();
        fromRedis.getList("entries", Map.class).forEach(e -> entries.add(e.get("displayName") + "=" + e.get("xp")));
        List<String> expected = new ArrayList<>();
        fromDatabase.top(5).forEach(e -> expected.add(names.of(e[0]) + "=" + e[1]));
        assertThat(entries).containsExactlyElementsOf(expected);
        long xp = fromDatabase.xpOf(caller.userId);
        assertThat(fromRedis.getLong("me.xp")).isEqualTo(xp);
        assertThat(fromRedis.getLong("me.rank")).isEqualTo(fromDatabase.ahead(xp) + 1);
    }

    @Test
    void aRedeliveredBatchLeavesTheLeaderboardsUnchanged() {
        List<Learner> learners = givenLearnersWithXp(BASE, 650, 640);
        Learner first = learners.get(0);
        String key = boards.key("all");
        Poll.untilAsserted(Feed.PATIENCE, () -> assertThat(score(key, first.userId)).isEqualTo(BASE + 650.0));
        String token = TestTokens.learner(first.userId);
        String before = given().auth().oauth2(token).when().get("/leaderboard?period=week&limit=10&after=" + lastPosition)
                .then().statusCode(200).extract().body().asString();

        List<academy.eventstore.RecordedEvent> batch = new ArrayList<>();
        learners.forEach(l -> batch.addAll(Redelivery.stored(store, l.lessonStream(l.lessons.get(0)))));
        Redelivery.redeliver(pool, catalogue.live("leaderboard").orElseThrow(), batch);

        assertThat(score(key, first.userId)).isEqualTo(BASE + 650.0);
        assertThat(Rows.one(pool, "SELECT total_xp FROM xp_totals WHERE user_id = $1", first.userId))
                .containsEntry("total_xp", Long.toString(BASE + 650L));
        given().auth().oauth2(token).when().get("/leaderboard?period=week&limit=10&after=" + lastPosition)
                .then().statusCode(200).body(equalTo(before));
    }

    @Test
    void theWeeklyBoardShowsTheLevelOfTotalXpNotOfTheWeeksXp() {
        Learner learner = new Learner(feed);
        Instant now = Instant.now();
        feed.append(learner.lessonStream(learner.lessons.get(0)),
                learner.completed(0, 0.9, 60, 9_950, true, now.minus(Duration.ofDays(21))));
        lastPosition = feed.append(learner.lessonStream(learner.lessons.get(1)),
                learner.completed(1, 0.9, 60, 50, true, now));
        feed.awaitProjection("leaderboard", lastPosition);
        String token = TestTokens.learner(learner.userId);

        JsonPath fromDatabase = given().auth().oauth2(token).when()
                .get("/leaderboard?period=week&limit=3&after=" + lastPosition).then().statusCode(200).extract().jsonPath();
        assertThat(fromDatabase.getLong("me.xp")).isEqualTo(50);
        assertThat(fromDatabase.getInt("me.level")).isEqualTo(11);
        Poll.untilAsserted(Feed.PATIENCE, () -> {
            JsonPath fromRedis = given().auth().oauth2(token).when().get("/leaderboard?period=week&limit=3")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(fromRedis.getString("source")).isEqualTo("redis");
            assertThat(fromRedis.getInt("me.level")).isEqualTo(11);
        });
        given().auth().oauth2(token).when().get("/dashboard?after=" + lastPosition).then().statusCode(200)
                .body("xp.level", equalTo(11));
    }

    @Test
    void aCompletionArrivingInALaterWeekCountsForTheWeekOfItsCompletedAt() {
        Learner learner = new Learner(feed);
        // completed in the last second of a Sunday three weeks back, arriving (appended) now
        LocalDate thisMonday = LeaderboardWeek.startOf(Instant.now());
        Instant lastSecondOfSunday = thisMonday.minusWeeks(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minusSeconds(1);
        lastPosition = feed.append(learner.lessonStream(learner.lessons.get(0)),
                learner.completed(0, 0.9, 60, 70, true, lastSecondOfSunday));
        feed.awaitProjection("leaderboard", lastPosition);

        assertThat(Rows.one(pool, "SELECT xp FROM xp_weekly WHERE user_id = $1 AND week_start = $2::date",
                learner.userId, thisMonday.minusWeeks(3))).containsEntry("xp", "70");
        given().auth().oauth2(TestTokens.learner(learner.userId)).when()
                .get("/leaderboard?period=week&after=" + lastPosition).then().statusCode(200)
                .body("me.xp", equalTo(0)).body("me.rank", equalTo(null));
    }

    @Test
    void aCallerWithoutXpHasNoRank() {
        given().auth().oauth2(TestTokens.learner(42)).when().get("/leaderboard?period=all")
                .then().statusCode(200).body("me.rank", equalTo(null)).body("me.xp", equalTo(0));
    }

    @Test
    void badPeriodsAndLimitsAreRefusedNamingTheField() {
        String token = TestTokens.learner(42);
        given().auth().oauth2(token).when().get("/leaderboard?period=month").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        for (String limit : List.of("0", "101", "ten", "-3")) {
            given().auth().oauth2(token).when().get("/leaderboard?period=all&limit=" + limit).then().statusCode(422)
                    .body("errors[0].field", equalTo("limit"));
        }
        given().when().get("/leaderboard").then().statusCode(401);
    }

    private long lastPosition;

    private List<Learner> givenLearnersWithXp(int base, int... extra) {
        List<Learner> learners = new ArrayList<>();
        Instant now = Instant.now();
        for (int xp : extra) {
            Learner learner = new Learner(feed);
            learners.add(learner);
            lastPosition = feed.append(learner.lessonStream(learner.lessons.get(0)),
                    learner.completed(0, 0.9, 60, base + xp, true, now));
        }
        feed.awaitProjection("leaderboard", lastPosition);
        return learners;
    }

    private Double score(String key, long userId) {
        return redis.sortedSet(String.class).zscore(key, Long.toString(userId)).await().atMost(Duration.ofSeconds(5));
    }
}
