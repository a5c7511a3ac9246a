package academy.user.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.TestTokens;
import academy.user.support.InitDataSigner;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class SecretsInLogsTest {

    @Test
    void neither_the_bot_token_nor_the_signing_key_reach_logs_or_answers() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringWriter text = new StringWriter();
                text.append(record.getMessage()).append(' ').append(String.valueOf(record.getParameters() == null
                        ? "" : List.of(record.getParameters())));
                if (record.getThrown() != null) {
                    record.getThrown().printStackTrace(new PrintWriter(text));
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        StringBuilder answers = new StringBuilder();
        try {
            long userId = Logins.newUserId();
            var fields = InitDataSigner.loginFields(userId, "Ada", Instant.now().getEpochSecond());
            for (String initData : List.of(Logins.initData(userId, "Ada"), InitDataSigner.encode(fields),
                    InitDataSigner.withHash(fields, "é".repeat(64)), "%", "a&b", "")) {
                answers.append(Logins.post(initData).asString());
            }
            answers.append(given().contentType(ContentType.JSON).body("{\"initData\":1}").post("/auth/telegram").asString());
            answers.append(given().contentType(ContentType.JSON).body("not json").post("/auth/telegram").asString());
        } finally {
            root.removeHandler(capture);
        }

        String privateKeyBody = TestTokens.privateKeyPem().split("\n")[1];
        String everything = String.join("\n", logged) + answers;
        assertThat(answers.toString()).contains("token");
        assertThat(everything).doesNotContain(Logins.BOT_TOKEN).doesNotContain("AAF-test-bot-token")
                .doesNotContain(privateKeyBody);
    }
}
