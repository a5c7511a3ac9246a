package academy.edge.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import academy.testing.AcademyTestResource;
import academy.testing.Poll;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class ReadYourWritesFilterTest {

    @Test
    void badPositionsAreRefusedNamingAfterBeforeTheRouteRuns() {
        for (String after : new String[] {"abc", "-1", "99999999999999999999", "+5", " 5"}) {
            given().queryParam("after", after).get("/edge-test/reads").then().statusCode(422)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(422)).body("errors[0].field", equalTo("after"));
        }
    }

    @Test
    void anEmptyPositionIsLikeNone() {
        given().get("/edge-test/reads?after=").then().statusCode(200).header(ReadYourWritesFilter.HEADER, (String) null);
        given().get("/edge-test/reads").then().statusCode(200).header(ReadYourWritesFilter.HEADER, (String) null);
    }

    @Test
    void aReachedPositionAnswersCaughtUp() {
        TestReadPositions.REACHED.set(10);
        given().queryParam("after", "10").get("/edge-test/reads").then().statusCode(200)
                .header(ReadYourWritesFilter.HEADER, "true");
    }

    @Test
    void theReadWaitsUntilTheReadModelPassesThePosition() throws Exception {
        TestReadPositions.REACHED.set(20);
        int polledBefore = TestReadPositions.POLLS.get();
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            var answer = given().queryParam("after", "21").get("/edge-test/reads");
            answer.then().statusCode(200).header(ReadYourWritesFilter.HEADER, "true");
            return answer.asString();
        });
        // Released only once the read is seen waiting (polled more than once), so the test fails if it did not wait.
        Poll.until(Duration.ofSeconds(5), () -> TestReadPositions.POLLS.get() >= polledBefore + 3);
        TestReadPositions.REACHED.set(21);
        assertThat(read.get()).isEqualTo("read 21");
    }

    @Test
    void aReadModelThatStaysBehindAnswersAfterASecondNotCaughtUp() {
        TestReadPositions.REACHED.set(30);
        long started = System.nanoTime();
        given().queryParam("after", "31").get("/edge-test/reads").then().statusCode(200)
                .header(ReadYourWritesFilter.HEADER, "false");
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(ReadYourWrites.MAX_WAIT.toMillis());
    }

    @Test
    void routesThatDeclareNoReadModelIgnoreAfter() {
        given().queryParam("after", "abc").get("/edge-test/reads/undeclared").then().statusCode(200)
                .header(ReadYourWritesFilter.HEADER, (String) null);
    }
}
