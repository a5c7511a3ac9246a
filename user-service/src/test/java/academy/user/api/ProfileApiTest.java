package academy.user.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.TestTokens;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ProfileApiTest {

    @Inject
    EventStore store;

    long userId;
    String token;

    @BeforeEach
    void signIn() {
        userId = Logins.newUserId();
        token = Logins.token(userId);
    }

    @Test
    void me_shows_the_profile_utc_by_default_and_no_streak_yet() {
        given().auth().oauth2(token).get("/users/me").then().statusCode(200)
                .body("id", equalTo(userId)).body("firstName", equalTo("Ada")).body("lastName", equalTo("Tester"))
                .body("username", equalTo("tester")).body("languageCode", equalTo("en"))
                .body("timeZone", equalTo("UTC")).body("displayName", nullValue())
                .body("streak.current", equalTo(0)).body("streak.longest", equalTo(0))
                .body("streak.freezesAvailable", equalTo(0)).body("streak.lastActiveDay", nullValue());
    }

    @Test
    void me_without_a_profile_is_404() {
        given().auth().oauth2(TestTokens.learner(Logins.newUserId())).get("/users/me").then().statusCode(404);
    }

    @Test
    void changing_the_time_zone_appends_profile_updated_without_personal_data() {
        long position = patch("{\"timeZone\":\"Europe/Berlin\",\"displayName\":\"Countess\"}").statusCode(200)
                .body("timeZone", equalTo("Europe/Berlin")).body("displayName", equalTo("Countess"))
                .extract().jsonPath().getLong("position");

        List<RecordedEvent> stream = userStream();
        assertThat(position).isEqualTo(stream.get(stream.size() - 1).globalPosition());
        assertThat(stream).extracting(RecordedEvent::eventType).containsExactly("UserRegistered", "ProfileUpdated");
        RecordedEvent updated = stream.get(1);
        // No language set: languageCode has no value, so it is left out (docs/events.md).
        assertThat(updated.data().fieldNames()).containsExactlyInAnyOrderElementsOf(EventFixtures.data("ProfileUpdated")
                .fieldNames().stream().filter(field -> !field.equals("languageCode")).toList());
        assertThat(updated.data().getJsonArray("changed").getList()).containsExactly("timeZone", "displayName");
        assertThat(updated.data().getString("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(updated.data().encode()).doesNotContain("Countess").doesNotContain("Ada");
        given().auth().oauth2(token).get("/users/me").then().body("timeZone", equalTo("Europe/Berlin"));
    }

    @Test
    void a_display_name_set_by_the_learner_survives_later_logins() {
        patch("{\"displayName\":\"Countess\"}").statusCode(200);

        Logins.login(userId, "Augusta");

        given().auth().oauth2(token).get("/users/me").then()
                .body("displayName", equalTo("Countess")).body("firstName", equalTo("Augusta"));
    }

    @Test
    void the_learners_language_wins_over_telegrams() {
        patch("{\"languageCode\":\"pt-BR\"}").statusCode(200).body("languageCode", equalTo("pt-BR"));

        Logins.login(userId, "Ada");

        given().auth().oauth2(token).get("/users/me").then().body("languageCode", equalTo("pt-BR"));
    }

    @Test
    void an_unchanged_value_appends_nothing() {
        long position = patch("{\"timeZone\":\"UTC\"}").statusCode(200).extract().jsonPath().getLong("position");

        assertThat(userStream()).extracting(RecordedEvent::eventType).containsExactly("UserRegistered");
        assertThat(position).isEqualTo(userStream().get(0).globalPosition());
    }

    @Test
    void an_unknown_zone_is_422_naming_time_zone() {
        for (String zone : List.of("Mars/Olympus", "+03:00", "GMT+3x", "")) {
            patch("{\"timeZone\":\"" + zone + "\"}").statusCode(422).contentType("application/problem+json")
                    .body("errors.field", contains("timeZone"));
        }
        assertThat(userStream()).hasSize(1);
    }

    @Test
    void an_empty_body_is_422_naming_body() {
        patch("{}").statusCode(422).body("errors.field", contains("body"));
        given().auth().oauth2(token).contentType(ContentType.JSON).patch("/users/me")
                .then().statusCode(422).body("errors.field", contains("body"));
    }

    @Test
    void an_unknown_field_is_422_naming_it() {
        patch("{\"timeZone\":\"Europe/Berlin\",\"nickname\":\"x\"}").statusCode(422)
                .body("errors.field", contains("nickname"));
        assertThat(userStream()).hasSize(1);
    }

    @Test
    void bad_language_and_display_name_are_422_naming_each() {
        patch("{\"languageCode\":\"english please\",\"displayName\":\"   \"}").statusCode(422)
                .body("errors.field", contains("languageCode", "displayName"));
    }

    @Test
    void an_erased_profile_cannot_be_patched() {
        given().auth().oauth2(token).delete("/users/me").then().statusCode(204);

        patch("{\"timeZone\":\"Europe/Berlin\"}").statusCode(404);
    }

    private ValidatableResponse patch(String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).patch("/users/me").then();
    }

    private List<RecordedEvent> userStream() {
        return store.readStream("user-" + userId).await().atMost(Duration.ofSeconds(5));
    }
}
