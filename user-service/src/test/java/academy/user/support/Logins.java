package academy.user.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Signs in through POST /auth/telegram with init data signed by the test bot token. */
public final class Logins {

    /** %test.academy.telegram.bot-token */
    public static final String BOT_TOKEN = "123456789:AAF-test-bot-token-for-academy";
    /** %test.academy.admin-ids */
    public static final long ADMIN_ID = 4242424242L;

    private Logins() {
    }

    /** A Telegram id nobody else in this run uses, above 2^32 like real recent ids. */
    public static long newUserId() {
        return ThreadLocalRandom.current().nextLong(5_000_000_000L, 9_000_000_000_000L);
    }

    public static String initData(long userId, String firstName) {
        return InitDataSigner.signed(BOT_TOKEN, InitDataSigner.loginFields(userId, firstName, Instant.now().getEpochSecond()));
    }

    public static Response post(String initData) {
        return given().contentType(ContentType.JSON).body(new JsonObject().put("initData", initData).encode())
                .post("/auth/telegram");
    }

    public static JsonPath login(long userId, String firstName) {
        return post(initData(userId, firstName)).then().statusCode(200).extract().jsonPath();
    }

    public static String token(long userId) {
        return login(userId, "Ada").getString("token");
    }

    public static Map<String, Object> jwtPayload(String token) {
        return new JsonObject(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]))).getMap();
    }

    public static Map<String, Object> jwtHeader(String token) {
        return new JsonObject(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]))).getMap();
    }
}
