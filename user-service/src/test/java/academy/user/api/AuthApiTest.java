package academy.user.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.AcademyTestResource;
import academy.testing.EventFixtures;
import academy.testing.Metrics;
import academy.testing.TestTokens;
import academy.user.support.InitDataSigner;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
@SuppressWarnings("unchecked")
class AuthApiTest {

    static final String VECTOR = "query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%22%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code%22%3A%22ru%22%2C%22is_premium%22%3Atrue%7D&auth_date=1662771648&hash=c501b71e775f74ce10e377dea85a7ea24ecd640b223ea86dfe453e0eaed2e2b2";

    @Inject
    EventStore store;

    @Test
    void first_login_answers_a_token_of_the_contract_and_registers_the_user() {
        long userId = Logins.newUserId();

        JsonPath answer = Logins.login(userId, "Ada");

        String token = answer.getString("token");
        assertThat(Logins.jwtHeader(token)).containsEntry("alg", "RS256").containsEntry("kid", TestTokens.KEY_ID);
        Map<String, Object> claims = Logins.jwtPayload(token);
        assertThat(claims).containsEntry("iss", "telegram-academy").containsEntry("sub", Long.toString(userId));
        assertThat(claims.get("aud").toString()).contains("telegram-academy-api");
        assertThat((List<Object>) claims.get("groups")).containsExactly("learner");
        long exp = ((Number) claims.get("exp")).longValue();
        assertThat(exp - ((Number) claims.get("iat")).longValue()).isEqualTo(3600);
        assertThat(Instant.parse(answer.getString("expiresAt")).getEpochSecond()).isEqualTo(exp);
        assertThat(answer.getLong("user.id")).isEqualTo(userId);
        assertThat(answer.getString("user.firstName")).isEqualTo("Ada");
        assertThat(answer.getString("user.photoUrl")).isEqualTo("https://t.me/i/userpic/320/tester.svg");
        assertThat(answer.getString("user.timeZone")).isEqualTo("UTC");
        List<RecordedEvent> stream = userStream(userId);
        assertThat(stream).extracting(RecordedEvent::eventType).containsExactly("UserRegistered");
        assertThat(stream.get(0).data().fieldNames())
                .containsExactlyInAnyOrderElementsOf(EventFixtures.data("UserRegistered").fieldNames());
        assertThat(stream.get(0).data().getLong("userId")).isEqualTo(userId);
    }

    @Test
    void the_issued_token_is_accepted_by_the_verifying_side() {
        long userId = Logins.newUserId();
        String token = Logins.token(userId);

        given().auth().oauth2(token).get("/users/me").then().statusCode(200).body("id", equalTo(userId));
    }

    @Test
    void a_second_login_registers_nothing_and_refreshes_the_telegram_names() {
        long userId = Logins.newUserId();
        double signInsBefore = Metrics.value("academy_sign_ins_total");
        Logins.login(userId, "Ada");

        JsonPath again = Logins.login(userId, "Augusta");
        Logins.post(Logins.initData(userId, "Augusta").replace("Augusta", "Mallory")).then().statusCode(401);

        assertThat(again.getString("user.firstName")).isEqualTo("Augusta");
        assertThat(userStream(userId)).extracting(RecordedEvent::eventType).containsExactly("UserRegistered");
        assertThat(Metrics.value("academy_sign_ins_total")).as("two sign-ins, the forged one not counted")
                .isEqualTo(signInsBefore + 2);
    }

    @Test
    void concurrent_first_logins_of_one_user_register_once() throws Exception {
        long userId = Logins.newUserId();
        String initData = Logins.initData(userId, "Ada");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Integer>> logins = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                logins.add(CompletableFuture.supplyAsync(() -> Logins.post(initData).statusCode(), pool));
            }
            for (CompletableFuture<Integer> login : logins) {
                assertThat(login.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(userStream(userId)).extracting(RecordedEvent::eventType).containsExactly("UserRegistered");
    }

    @Test
    void a_user_id_above_two_to_the_32_is_kept_exactly() {
        long userId = 7_012_345_678_901L;

        JsonPath answer = Logins.login(userId, "Big");

        assertThat(answer.getLong("user.id")).isEqualTo(userId);
        assertThat(Logins.jwtPayload(answer.getString("token"))).containsEntry("sub", "7012345678901");
    }

    @Test
    void admins_listed_in_the_configuration_get_the_admin_group() {
        String token = Logins.login(Logins.ADMIN_ID, "Root").getString("token");

        assertThat((List<Object>) Logins.jwtPayload(token).get("groups")).containsExactlyInAnyOrder("learner", "admin");
        given().auth().oauth2(token).get("/users/{id}", Logins.ADMIN_ID).then().statusCode(200);
    }

    @Test
    void names_with_ampersand_equals_and_emoji_sign_in() {
        long userId = Logins.newUserId();
        Map<String, String> fields = InitDataSigner.loginFields(userId, "Tom & Jerry = 🐱", Instant.now().getEpochSecond());

        Logins.post(InitDataSigner.signed(Logins.BOT_TOKEN, fields)).then().statusCode(200)
                .body("user.firstName", equalTo("Tom & Jerry = 🐱"));
    }

    @Test
    void the_published_test_vector_is_refused_here_because_it_is_another_bot_and_old() {
        assertRefused(Logins.post(VECTOR));
    }

    @Test
    void every_init_data_pitfall_is_a_401_problem_never_a_500() {
        long userId = Logins.newUserId();
        long now = Instant.now().getEpochSecond();
        String good = Logins.initData(userId, "Ada");
        String goodHash = good.substring(good.indexOf("hash=") + 5);
        Map<String, String> fields = InitDataSigner.loginFields(userId, "Ada", now);
        Map<String, String> noAuthDate = InitDataSigner.loginFields(userId, "Ada", now);
        noAuthDate.remove("auth_date");
        Map<String, String> textAuthDate = InitDataSigner.loginFields(userId, "Ada", now);
        textAuthDate.put("auth_date", "yesterday");
        Map<String, String> old = InitDataSigner.loginFields(userId, "Ada", now - Duration.ofHours(25).toSeconds());
        Map<String, String> badId = InitDataSigner.loginFields(userId, "Ada", now);
        badId.put("user", "{\"id\":\"12ab\",\"first_name\":\"Ada\"}");

        List<String> refused = List.of(
                good.replace("Ada", "Eve"),
                good.replace("auth_date=" + now, "auth_date=" + (now - 1)),
                InitDataSigner.withHash(fields, "zz" + goodHash.substring(2)),
                InitDataSigner.withHash(fields, "é".repeat(64)),
                InitDataSigner.withHash(fields, goodHash.substring(10)),
                InitDataSigner.encode(fields),
                InitDataSigner.signed(Logins.BOT_TOKEN, noAuthDate),
                InitDataSigner.signed(Logins.BOT_TOKEN, textAuthDate),
                InitDataSigner.signed(Logins.BOT_TOKEN, old),
                InitDataSigner.signed(Logins.BOT_TOKEN, badId),
                InitDataSigner.signedWithLoginWidgetKey(Logins.BOT_TOKEN, fields),
                good + "&auth_date=" + now,
                good + "&x=%zz",
                "",
                "   ");
        for (String initData : refused) {
            assertRefused(Logins.post(initData));
        }
        assertThat(userStream(userId)).isEmpty();
    }

    @Test
    void a_request_without_init_data_names_the_field() {
        given().contentType(ContentType.JSON).body("{}").post("/auth/telegram")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("initData"));
        given().contentType(ContentType.JSON).body("{\"initData\":\"a\",\"hash\":\"b\"}").post("/auth/telegram")
                .then().statusCode(422).body("errors.field", hasItem("hash"));
        given().contentType(ContentType.JSON).post("/auth/telegram").then().statusCode(400);
    }

    private static void assertRefused(Response response) {
        response.then().statusCode(401).contentType("application/problem+json");
        String body = response.asString();
        assertThat(body).doesNotContain(Logins.BOT_TOKEN).doesNotContain("Exception").doesNotContain("at academy.");
    }

    private List<RecordedEvent> userStream(long userId) {
        return store.readStream("user-" + userId).await().atMost(Duration.ofSeconds(5));
    }
}
