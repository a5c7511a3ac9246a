package academy.course.api;

import static academy.course.api.Authoring.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A keyed command whose first try appended its events but never recorded its answer (it died in
 * between): course events carry the server clock, so only the request hash in their metadata
 * can tell the true retry from another request with the same key.
 */
@QuarkusTest
@QuarkusTestResource(value = academy.testing.AcademyTestResource.class, restrictToAnnotatedClass = false)
class KeyedRetryTest {

    @Inject
    Pool pool;

    private void forgetAnswer(String key) {
        // What a crash between the append and the idempotency record leaves behind.
        pool.preparedQuery("DELETE FROM idempotency_records WHERE idempotency_key = $1").execute(Tuple.of(key))
                .await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void another_body_after_a_first_try_that_died_before_its_record_is_422_and_the_true_retry_replays() {
        String courseId = given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", "died-1")
                .body(Map.of("title", "First")).post("/courses").then().statusCode(201).extract().path("courseId");
        forgetAnswer("died-1");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", "died-1")
                .body(Map.of("title", "Second")).post("/courses").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", "died-1")
                .body(Map.of("title", "First")).post("/courses").then().statusCode(201)
                .body("courseId", equalTo(courseId));
    }
}
