package academy.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.HostileRequests;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class HostileBodiesTest {

    private static Response post(String route, String body) {
        return given().auth().oauth2(TestTokens.learner(5)).contentType("application/json").body(body)
                .post("/edge-test/bodies/" + route);
    }

    @Test
    void numbersBeyondTheBoundsInMagnitudeOrDigitsAre422NamingTheField() {
        Map<String, String> refused = Map.of(
                "{\"number\": 1e-16383}", "number",
                "{\"number\": 1e-20000}", "number",
                "{\"number\": 1e400}", "number",
                "{\"nested\": {\"amount\": 123456789012345678901234567890}}", "nested.amount",
                "{\"ratio\": 1e-400}", "ratio",
                "{\"ratio\": 1e400}", "ratio",
                "{\"weight\": -1e309}", "weight",
                "{\"count\": 99999999999999999999}", "count",
                "{\"count\": 1.5}", "count");
        refused.forEach((body, field) -> HostileRequests.assertNamesField(body, post("sample", body), field));

        Response fine = post("sample", "{\"number\": 0.30000000000000004, \"ratio\": 12.5, \"count\": 3, \"weight\": 1e15}");
        assertThat(fine.statusCode()).as(fine.asString()).isEqualTo(200);
        assertThat(fine.jsonPath().getDouble("ratio")).isEqualTo(12.5);
    }

    @Test
    void textWithNulOrUnpairedSurrogatesIs422NamingTheField() {
        Map<String, String> refused = Map.of(
                "{\"text\": \"a\\u0000b\"}", "text",
                "{\"text\": \"\\ud800\"}", "text",
                "{\"text\": \"x\\udc00y\"}", "text",
                "{\"tags\": [\"fine\", \"\\u0000\"]}", "tags[1]",
                "{\"tags\": [\"fine\", null]}", "tags[1]",
                "{\"nested\": {\"name\": \"\\ud83d\"}}", "nested.name");
        refused.forEach((body, field) -> HostileRequests.assertNamesField(body, post("sample", body), field));

        Response emoji = post("sample", "{\"text\": \"caf\\u00e9 \\ud83d\\ude00\"}");
        assertThat(emoji.statusCode()).as(emoji.asString()).isEqualTo(200);
        assertThat(emoji.jsonPath().getString("text")).isEqualTo("café 😀");
    }

    @Test
    void duplicateKeysAndTrailingGarbageAreRefusedAsProblems() {
        for (String[] route : new String[][] {
                {"single", "{\"initData\":\"x\",\"initData\":\"y\"}"},
                {"sample", "{\"text\":\"a\",\"text\":\"b\"}"},
                {"sample", "{\"nested\":{\"name\":\"a\",\"name\":\"b\"}}"},
                {"single", "{\"initData\":\"x\"} {\"initData\":\"y\"}"},
                {"sample", "{\"text\":\"a\"} garbage"},
                {"single", "[\"x\"]"},
                {"single", "\"x\""},
                {"single", "{\"initData\":{\"deep\":" + "[".repeat(100) + "]".repeat(100) + "}}"}}) {
            HostileRequests.assertRefused(route[1], post(route[0], route[1]), 400, 422);
        }
        assertThat(post("single", "{\"initData\":\"x\",\"initData\":\"y\"}").jsonPath().getString("detail"))
                .contains("initData").contains("twice");
    }
}
