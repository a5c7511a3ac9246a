package academy.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import academy.edge.overload.InFlightLimit;
import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class EdgeTest {

    @Inject
    InFlightLimit limit;

    @Test
    void beyondTheInFlightLimitRequestsAreShedAtOnceAndServedAgainAfterwards() {
        List<CompletableFuture<Integer>> held = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            held.add(CompletableFuture.supplyAsync(() -> given().get("/edge-test/held").statusCode()));
        }
        Poll.until(Duration.ofSeconds(10), () -> limit.inFlight() == 2);

        given().get("/edge-test/held").then().statusCode(503).header("Retry-After", "1")
                .contentType("application/problem+json");
        given().get("/health").then().statusCode(200);

        HeldResource.GATE.get().complete("released");
        assertThat(held).allSatisfy(request -> assertThat(request.join()).isEqualTo(200));
        Poll.until(Duration.ofSeconds(10), () -> limit.inFlight() == 0);
        given().get("/edge-test/held").then().statusCode(200);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        String token = TestTokens.learner(4_294_967_297L);
        int first = given().auth().oauth2(token).header("Idempotency-Key", "order-1").contentType("application/json")
                .body("{\"item\":\"book\",\"quantity\":1}").post("/edge-test/orders")
                .then().statusCode(201).extract().path("run");
        given().auth().oauth2(token).header("Idempotency-Key", "order-1").contentType("application/json")
                .body("{\"quantity\":1,\"item\":\"book\"}").post("/edge-test/orders")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("run", is(first));
        given().auth().oauth2(token).header("Idempotency-Key", "order-1").contentType("application/json")
                .body("{\"item\":\"pen\",\"quantity\":1}").post("/edge-test/orders")
                .then().statusCode(422).body("errors[0].field", is("Idempotency-Key"));
        given().auth().oauth2(TestTokens.learner(7)).header("Idempotency-Key", "order-1").contentType("application/json")
                .body("{\"item\":\"pen\",\"quantity\":1}").post("/edge-test/orders")
                .then().statusCode(201);
        given().auth().oauth2(token).header("Idempotency-Key", "bad key with spaces").contentType("application/json")
                .body("{\"item\":\"pen\",\"quantity\":1}").post("/edge-test/orders")
                .then().statusCode(422).body("errors[0].field", is("Idempotency-Key"));
    }

    @Test
    void refusalsAreProblemDocumentsNamingTheField() {
        String token = TestTokens.learner(1);
        given().auth().oauth2(token).contentType("application/json").body("{\"item\":\"book\",\"quantity\":1,\"price\":3}")
                .post("/edge-test/orders").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("price"));
        given().auth().oauth2(token).contentType("application/json").body("{\"item\":\"book\",\"quantity\":\"many\"}")
                .post("/edge-test/orders").then().statusCode(422).body("errors[0].field", is("quantity"));
        given().auth().oauth2(token).contentType("application/json").body("{\"item\":")
                .post("/edge-test/orders").then().statusCode(400).body("errors[0].field", is("body"));
        given().auth().oauth2(token).contentType("application/json")
                .post("/edge-test/orders").then().statusCode(400).body("errors[0].field", is("body"));
        given().contentType("application/json").body("{\"item\":\"book\",\"quantity\":1}")
                .post("/edge-test/orders").then().statusCode(401).contentType("application/problem+json");
        for (String forged : List.of(TestTokens.expired(1), TestTokens.signedWithUnknownKey(1), TestTokens.unsigned(1),
                TestTokens.tampered(token, 2))) {
            given().auth().oauth2(forged).contentType("application/json").body("{\"item\":\"book\",\"quantity\":1}")
                    .post("/edge-test/orders").then().statusCode(401).contentType("application/problem+json");
        }
        given().get("/no-such-route").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aStoreConnectionLostMidRequestIs503WithRetryAfterAndADefectIsAProblem500() {
        for (String lost : List.of("inactive", "reset")) {
            given().get("/edge-test/failing/" + lost).then().statusCode(503).header("Retry-After", "1")
                    .contentType("application/problem+json");
        }
        String defect = given().get("/edge-test/failing/defect").then().statusCode(500)
                .contentType("application/problem+json").extract().asString();
        assertThat(defect).doesNotContain("Throwable").doesNotContain("stack");
    }

    @Test
    void healthHasTheSeedsShapeAndHeadersAreSafe() {
        given().get("/health").then().statusCode(200)
                .body("status", is("ok")).body("database", is("connected")).body("redis", is("connected"))
                .body("eventStore", is("ready"))
                .header("X-Content-Type-Options", "nosniff");
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
