package academy.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.HostileRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class HttpLayerTest {

    private static final Pattern URI_LABEL = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"", Pattern.MULTILINE);

    private static void problem(String what, Response response, int status) {
        HostileRequests.assertRefused(what, response, status);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).as(what).isEqualTo(status);
    }

    @Test
    void refusalsOfTheHttpLayerAreProblemDocuments() {
        problem("413", HostileRequests.oversized(() -> given().contentType("application/json").body(HostileRequests.HUGE_BODY)
                .post("/edge-test/orders")), 413);
        problem("414", given().get("/edge-test/held?x=" + "a".repeat(5000)), 414);
        problem("431", given().header("X-Filler", "b".repeat(20_000)).get("/edge-test/held"), 431);
        problem("CORS origin", given().header("Origin", "https://evil.example").get("/health"), 403);
        problem("CORS preflight method", given().header("Origin", "https://web.telegram.org")
                .header("Access-Control-Request-Method", "TRACE").options("/health"), 403);
        problem("405", given().contentType("application/json").body("{}").put("/health"), 405);
        problem("415", given().contentType("text/plain").body("x").post("/edge-test/orders"), 415);

        given().header("Origin", "https://web.telegram.org").get("/health").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://web.telegram.org");
    }

    @Test
    void inventedPathsAddNoMetricSeries() {
        given().get("/health").then().statusCode(200);
        Set<String> before = uriLabels();
        for (int i = 0; i < 20; i++) {
            String path = "/lessons/" + UUID.randomUUID() + "/progress";
            given().auth().oauth2("junk.token.here").get(path).then().statusCode(401);
            given().get("/nothing/" + UUID.randomUUID()).then().statusCode(404);
            given().header("Origin", "https://evil.example").get("/" + UUID.randomUUID()).then().statusCode(403);
        }
        Set<String> after = uriLabels();
        after.removeAll(before);
        assertThat(after).as("uri labels added by 60 requests to invented paths").hasSizeLessThanOrEqualTo(2)
                .allSatisfy(label -> assertThat(label).doesNotContain("-"));
    }

    private static Set<String> uriLabels() {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> labels = new TreeSet<>();
        Matcher matcher = URI_LABEL.matcher(scrape);
        while (matcher.find()) {
            labels.add(matcher.group(1));
        }
        return labels;
    }
}
