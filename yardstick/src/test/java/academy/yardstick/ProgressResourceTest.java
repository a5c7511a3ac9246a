package academy.yardstick;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.TestPostgres;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ProgressResourceTest {

    @Test
    void a_post_with_a_learner_token_inserts_one_event_shaped_row_and_answers_its_position() {
        long learner = 4_200_001L;
        String lesson = UUID.randomUUID().toString();
        long position = given().auth().oauth2(TestTokens.learner(learner)).contentType(ContentType.JSON)
                .body("{\"score\":0.85,\"timeSpent\":180}")
                .when().post("/lessons/progress/" + lesson)
                .then().statusCode(200).extract().jsonPath().getLong("position");

        Row row = TestPostgres.pool().preparedQuery("SELECT stream_id, stream_version, event_type, data::text AS data,"
                        + " metadata::text AS metadata, transaction_id::text AS xid FROM yardstick_events WHERE global_position = $1")
                .execute(Tuple.of(position)).await().atMost(Duration.ofSeconds(10)).iterator().next();
        assertThat(row.getString("stream_id")).startsWith("lesson-" + learner + "-" + lesson);
        assertThat(row.getString("event_type")).isEqualTo("LessonProgressRecorded");
        JsonObject data = new JsonObject(row.getString("data"));
        assertThat(data.getLong("userId")).isEqualTo(learner);
        assertThat(data.getString("lessonId")).isEqualTo(lesson);
        assertThat(data.getDouble("score")).isEqualTo(0.85);
        assertThat(data.getInteger("timeSpentSeconds")).isEqualTo(180);
        assertThat(new JsonObject(row.getString("metadata")).getLong("userId")).isEqualTo(learner);
        assertThat(row.getString("xid")).isNotBlank();
    }

    @Test
    void two_posts_of_one_learner_on_one_lesson_are_two_rows() {
        String lesson = UUID.randomUUID().toString();
        String token = TestTokens.learner(4_200_002L);
        long first = post(token, lesson);
        long second = post(token, lesson);
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void refuses_a_missing_a_foreign_or_a_tampered_token() {
        String lesson = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).body("{\"score\":0.85,\"timeSpent\":180}")
                .when().post("/lessons/progress/" + lesson).then().statusCode(401);
        given().auth().oauth2(TestTokens.signedWithUnknownKey(4_200_003L)).contentType(ContentType.JSON)
                .body("{\"score\":0.85,\"timeSpent\":180}").when().post("/lessons/progress/" + lesson).then().statusCode(401);
        given().auth().oauth2(TestTokens.tampered(TestTokens.learner(4_200_003L), 4_200_004L)).contentType(ContentType.JSON)
                .body("{\"score\":0.85,\"timeSpent\":180}").when().post("/lessons/progress/" + lesson).then().statusCode(401);
    }

    @Test
    void refuses_a_body_without_its_fields_or_with_unknown_ones() {
        String token = TestTokens.learner(4_200_005L);
        String lesson = UUID.randomUUID().toString();
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"score\":0.85}")
                .when().post("/lessons/progress/" + lesson).then().statusCode(422);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"score\":0.85,\"timeSpent\":180,\"extra\":1}")
                .when().post("/lessons/progress/" + lesson).then().statusCode(400);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"score\":0.85,\"timeSpent\":180}")
                .when().post("/lessons/progress/not-a-lesson").then().statusCode(404);
    }

    private static long post(String token, String lesson) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"score\":0.5,\"timeSpent\":60}")
                .when().post("/lessons/progress/" + lesson)
                .then().statusCode(200).extract().jsonPath().getLong("position");
    }
}
