package academy.projector.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import academy.projector.projection.application.ProjectionCatalogue;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class DailyActivityReadModelTest {

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
    void theLastThirtyDaysShowXpAndFirstCompletionsPerUtcDayWithZerosBetween() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long last = givenCompletionsTwoDaysAgoAndToday(now);

        JsonPath daily = given().auth().oauth2(TestTokens.learner(learner.userId)).when()
                .get("/progress/daily?days=30&after=" + last).then().statusCode(200)
                .body("userId", equalTo(learner.userId)).extract().jsonPath();

        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
        List<Map<String, Object>> days = daily.getList("days");
        assertThat(days).hasSize(30);
        assertThat(days.get(29)).containsEntry("day", today.toString());
        assertThat(days.get(0)).containsEntry("day", today.minusDays(29).toString());
        assertThat(days.get(29)).containsEntry("xp", 55).containsEntry("lessonsCompleted", 1);
        assertThat(days.get(27)).containsEntry("day", today.minusDays(2).toString())
                .containsEntry("xp", 50).containsEntry("lessonsCompleted", 1);
        assertThat(days.get(28)).containsEntry("xp", 0).containsEntry("lessonsCompleted", 0);
        assertThat(daily.getLong("totalXp")).isEqualTo(105);
        assertThat(daily.getInt("lessonsCompleted")).isEqualTo(2);
    }

    @Test
    void aRedeliveredBatchAddsNothing() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long last = givenCompletionsTwoDaysAgoAndToday(now);
        feed.awaitProjection("daily", last);
        var before = Rows.query(pool, "SELECT day, xp, lessons_completed FROM learner_daily_activity WHERE user_id = $1"
                + " ORDER BY day", learner.userId);

        Redelivery.redeliver(pool, catalogue.live("daily").orElseThrow(), Redelivery.stored(store,
                learner.lessonStream(learner.lessons.get(0)), learner.lessonStream(learner.lessons.get(1))));

        assertThat(Rows.query(pool, "SELECT day, xp, lessons_completed FROM learner_daily_activity WHERE user_id = $1"
                + " ORDER BY day", learner.userId)).isEqualTo(before).hasSize(2);
    }

    @Test
    void aNewLearnerSeesThirtyEmptyDaysAndBadSpansAreRefusedByName() {
        given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/progress/daily").then().statusCode(200)
                .body("days.size()", equalTo(30)).body("totalXp", equalTo(0)).body("days.xp", hasItem(0));
        given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/progress/daily?days=7").then()
                .statusCode(200).body("days.size()", equalTo(7));
        for (String bad : List.of("0", "367", "abc", "-1")) {
            given().auth().oauth2(TestTokens.learner(learner.userId)).when().get("/progress/daily?days=" + bad).then()
                    .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("days"));
        }
        given().when().get("/progress/daily").then().statusCode(401);
    }

    private long givenCompletionsTwoDaysAgoAndToday(Instant now) {
        learner.authorCourse();
        learner.enrol(now.minus(3, ChronoUnit.DAYS));
        learner.complete(0, 0.9, 120, 50, true, now.minus(2, ChronoUnit.DAYS));
        feed.append(learner.lessonStream(learner.lessons.get(1)), learner.completed(1, 0.8, 60, 30, true, now));
        return feed.append(learner.lessonStream(learner.lessons.get(0)), learner.completed(0, 0.95, 60, 25, false, now));
    }
}
