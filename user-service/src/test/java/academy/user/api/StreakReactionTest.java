package academy.user.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventIds;
import academy.eventstore.EventMetadata;
import academy.eventstore.EventStore;
import academy.eventstore.ExpectedVersion;
import academy.eventstore.NewEvent;
import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.Poll;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class StreakReactionTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    EventStore store;

    @Test
    void completions_on_consecutive_days_extend_the_streak_shown_today() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);
        Instant now = Instant.now();
        UUID first = complete(userId, now.minus(Duration.ofDays(2)));
        complete(userId, now.minus(Duration.ofDays(1)));
        UUID last = complete(userId, now);

        List<RecordedEvent> extended = awaitStreakEvents(userId, 3);

        assertThat(extended).extracting(e -> e.data().getInteger("currentStreak")).containsExactly(1, 2, 3);
        RecordedEvent firstExtension = extended.get(0);
        assertThat(firstExtension.eventId()).isEqualTo(EventIds.forReaction(first, "user-streaks", 0));
        assertThat(firstExtension.metadata().getString("causationId")).isEqualTo(first.toString());
        assertThat(firstExtension.data().fieldNames())
                .containsExactlyInAnyOrderElementsOf(EventFixtures.data("StreakExtended").fieldNames());
        assertThat(extended.get(2).data().getString("sourceEventId")).isEqualTo(last.toString());
        JsonPath me = given().auth().oauth2(token).get("/users/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getInt("streak.current")).isEqualTo(3);
        assertThat(me.getInt("streak.longest")).isEqualTo(3);
        assertThat(me.getString("streak.lastActiveDay")).isEqualTo(LocalDate.ofInstant(now, ZoneId.of("UTC")).toString());
    }

    @Test
    void a_second_completion_the_same_day_changes_nothing() {
        long userId = Logins.newUserId();
        Logins.login(userId, "Ada");
        Instant morning = Instant.now().minus(Duration.ofDays(1));
        complete(userId, morning);
        UUID again = complete(userId, morning.plusSeconds(60));
        awaitStreakEvents(userId, 1);
        // a later completion proves the feed has passed the repeat
        complete(userId, Instant.now());

        List<RecordedEvent> extended = awaitStreakEvents(userId, 2);
        assertThat(extended).extracting(e -> e.data().getString("sourceEventId")).doesNotContain(again.toString());
    }

    @Test
    void the_day_is_the_learners_local_day_from_the_profiles_zone() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"timeZone\":\"Pacific/Kiritimati\"}")
                .patch("/users/me").then().statusCode(200);
        // 11:00Z is already the next day at UTC+14
        Instant now = Instant.now();
        Instant completedAt = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(11));
        if (!completedAt.isAfter(now.plusSeconds(60))) {
            completedAt = completedAt.plus(Duration.ofDays(1));
        }
        complete(userId, completedAt);

        RecordedEvent extended = awaitStreakEvents(userId, 1).get(0);

        assertThat(extended.data().getString("day"))
                .isEqualTo(LocalDate.ofInstant(completedAt, ZoneId.of("UTC")).plusDays(1).toString());
        assertThat(extended.data().getString("timeZone")).isEqualTo("Pacific/Kiritimati");
    }

    @Test
    void a_completion_is_dated_in_the_zone_in_force_when_it_was_completed_not_when_it_is_processed() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"timeZone\":\"Asia/Tokyo\"}")
                .patch("/users/me").then().statusCode(200);
        Instant completedInTokyo = Instant.now();
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"timeZone\":\"America/Los_Angeles\"}")
                .patch("/users/me").then().statusCode(200);
        // the completion reaches the feed after the switch to Los Angeles (feed lag)
        complete(userId, completedInTokyo);

        RecordedEvent extended = awaitStreakEvents(userId, 1).get(0);

        assertThat(extended.data().getString("timeZone")).isEqualTo("Asia/Tokyo");
        assertThat(extended.data().getString("day"))
                .isEqualTo(LocalDate.ofInstant(completedInTokyo, ZoneId.of("Asia/Tokyo")).toString());
    }

    @Test
    void a_learner_away_for_weeks_reads_zero_with_the_longest_kept() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);
        Instant start = Instant.now().minus(Duration.ofDays(30));
        complete(userId, start);
        complete(userId, start.plus(Duration.ofDays(1)));
        awaitStreakEvents(userId, 2);

        given().auth().oauth2(token).get("/users/me").then().statusCode(200)
                .body("streak.current", org.hamcrest.Matchers.equalTo(0))
                .body("streak.longest", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void me_waits_for_the_streak_reaction_after_a_position_and_refuses_a_bad_one() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);
        complete(userId, Instant.now());

        Poll.untilAsserted(WAIT, () -> given().auth().oauth2(token).queryParam("after", lastPosition)
                .get("/users/me").then().statusCode(200).body("streak.current", org.hamcrest.Matchers.equalTo(1)));
        given().auth().oauth2(token).queryParam("after", "-1").get("/users/me").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("after"));
        given().auth().oauth2(token).queryParam("after", "soon").get("/users/me").then().statusCode(422);
    }

    long lastPosition;

    private UUID complete(long userId, Instant completedAt) {
        UUID lessonId = UUID.randomUUID();
        JsonObject data = EventFixtures.data("LessonCompleted").copy()
                .put("userId", userId).put("lessonId", lessonId.toString()).put("completedAt", completedAt.toString());
        UUID eventId = UUID.randomUUID();
        NewEvent event = new NewEvent(eventId, "LessonCompleted", data,
                new EventMetadata(UUID.randomUUID().toString(), null, userId, null, null, 1).toJson());
        lastPosition = store.append("lesson-" + userId + "-" + lessonId, ExpectedVersion.noStream(), List.of(event))
                .await().atMost(Duration.ofSeconds(5)).lastPosition();
        return eventId;
    }

    private List<RecordedEvent> awaitStreakEvents(long userId, int count) {
        Poll.until(WAIT, () -> extensions(userId).size() >= count);
        return extensions(userId);
    }

    private List<RecordedEvent> extensions(long userId) {
        return store.readStream("user-" + userId).await().atMost(Duration.ofSeconds(5)).stream()
                .filter(e -> e.eventType().equals("StreakExtended")).toList();
    }
}
