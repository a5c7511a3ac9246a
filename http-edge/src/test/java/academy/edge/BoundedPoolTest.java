package academy.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.Metrics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A request that would queue beyond the pool's bound is refused at once, and served again once a connection is free. */
@QuarkusTest
@TestProfile(BoundedPoolTest.OneConnectionNoWaiting.class)
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class BoundedPoolTest {

    public static class OneConnectionNoWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "1", "academy.datasource.max-waiting", "0");
        }
    }

    private static final Map<String, String> POOL_FULL = Map.of("cause", "ConnectionPoolTooBusyException");

    @Test
    void aRequestThatWouldWaitBeyondTheBoundIs503AtOnceAndServedWhenAConnectionIsFree() {
        // Exposed before the first refusal, so an alert on its increase sees that one too.
        assertThat(given().get("/q/metrics").then().extract().asString())
                .contains("academy_requests_unavailable_total{cause=\"ConnectionPoolTooBusyException\"");
        double refusedBefore = Metrics.value("academy_requests_unavailable_total", POOL_FULL);
        CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(
                () -> given().get("/edge-test/held-connection").statusCode());
        HeldResource.CONNECTION_TAKEN.get().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();

        given().get("/edge-test/query").then().statusCode(503).header("Retry-After", "1")
                .contentType("application/problem+json");
        assertThat(Metrics.value("academy_requests_unavailable_total", POOL_FULL)).isEqualTo(refusedBefore + 1);

        HeldResource.CONNECTION_GATE.get().complete("released");
        assertThat(holder.orTimeout(Duration.ofSeconds(30).toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join())
                .isEqualTo(200);
        given().get("/edge-test/query").then().statusCode(200);
    }
}
