package academy.miniapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaticFilesTest {

    @Test
    void theAppIsServedAtTheRootWithAStrictContentSecurityPolicy() {
        String csp = given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .extract().header("Content-Security-Policy");

        assertThat(csp).contains("default-src 'self'", "script-src 'self' https://telegram.org", "object-src 'none'",
                "base-uri 'none'", "frame-ancestors 'self' https://web.telegram.org");
        assertThat(csp).doesNotContain("'unsafe-inline'", "'unsafe-eval'");
    }

    @Test
    void theHtmlHasNoInlineScriptOrHandlerSoThePolicyBlocksNothingOfOurs() {
        String html = given().when().get("/index.html").then().statusCode(200).extract().asString();

        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).contains("src=");
            assertThat(scripts.group(2)).isBlank();
        }
        assertThat(count).isEqualTo(2);
        assertThat(html).doesNotContainPattern("\\son[a-z]+=").doesNotContain("style=");
    }

    @Test
    void modulesAndStylesAreServedWithTheirTypes() {
        for (String module : List.of("app", "api", "telegram", "i18n", "dom", "chart", "screens/catalogue",
                "screens/course", "screens/lesson", "screens/quiz", "screens/dashboard", "screens/leaderboard")) {
            given().when().get("/js/" + module + ".js").then().statusCode(200)
                    .contentType(containsString("javascript")).header("X-Content-Type-Options", "nosniff");
        }
        given().when().get("/app.css").then().statusCode(200).contentType(containsString("text/css"));
        given().when().get("/nothing-here.js").then().statusCode(404);
    }

    @Test
    void healthAndMetricsAnswerLikeEveryOtherService() {
        given().when().get("/health").then().statusCode(200).contentType(containsString("application/json"))
                .body("status", equalTo("ok"));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void metricsAndProbesAreNotServedToRequestsThatCameThroughTheIngress() {
        for (String path : List.of("/q/metrics", "/q/health/ready", "/q/health")) {
            given().header("X-Forwarded-For", "203.0.113.7").when().get(path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().header("X-Forwarded-For", "203.0.113.7").when().get("/").then().statusCode(200);
    }
}
