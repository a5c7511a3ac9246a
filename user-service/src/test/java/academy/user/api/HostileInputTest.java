package academy.user.api;

import static academy.testing.HostileRequests.HUGE_BODY;
import static academy.testing.HostileRequests.INVALID_UTF8;
import static academy.testing.HostileRequests.LONG;
import static academy.testing.HostileRequests.MALFORMED;
import static academy.testing.HostileRequests.SQL;
import static academy.testing.HostileRequests.TRAVERSAL;
import static academy.testing.HostileRequests.assertNamesField;
import static academy.testing.HostileRequests.assertRefused;
import static academy.testing.HostileRequests.oversized;
import static academy.testing.HostileRequests.changesNothing;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.testing.AcademyTestResource;
import academy.testing.HostileRequests;
import academy.testing.TestTokens;
import academy.user.support.Logins;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every route of user-service under hostile input: a clear 4xx, no internals, nothing stored. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class HostileInputTest {

    long userId;
    String token;

    @BeforeEach
    void signIn() {
        userId = Logins.newUserId();
        token = Logins.token(userId);
    }

    private RequestSpecification asLearner() {
        return given().auth().oauth2(token);
    }

    private Response send(String route, RequestSpecification request) {
        return "POST /auth/telegram".equals(route) ? request.post("/auth/telegram") : request.patch("/users/me");
    }

    private RequestSpecification requestFor(String route) {
        return "POST /auth/telegram".equals(route) ? given() : asLearner();
    }

    @Test
    void malformedHugeAndBadlyEncodedBodiesAreRefused() {
        changesNothing(() -> {
            for (String route : new String[] {"POST /auth/telegram", "PATCH /users/me"}) {
                for (String malformed : MALFORMED) {
                    assertRefused(route + " " + malformed, send(route, requestFor(route).contentType(ContentType.JSON)
                            .body(malformed)), 400);
                }
                assertRefused(route + " over the body limit", oversized(() -> send(route, requestFor(route)
                        .contentType(ContentType.JSON).body(HUGE_BODY))), 413, 400);
                assertRefused(route + " invalid UTF-8", send(route, requestFor(route)
                        .contentType("application/json; charset=UTF-8").body(INVALID_UTF8)), 400);
            }
        });
        profileIsUntouched();
    }

    @Test
    void wrongTypesAndUnknownFieldsAre422NamingTheField() {
        changesNothing(() -> {
            assertNamesField("initData as an object", json("POST /auth/telegram", "{\"initData\":{\"user\":1}}"), "initData");
            assertNamesField("initData as an array", json("POST /auth/telegram", "{\"initData\":[\"a\"]}"), "initData");
            assertNamesField("unknown field at sign-in", json("POST /auth/telegram",
                    new JsonObject().put("initData", Logins.initData(userId, "Ada")).put("admin", true).encode()), "admin");
            assertNamesField("timeZone as an array", json("PATCH /users/me", "{\"timeZone\":[\"UTC\"]}"), "timeZone");
            assertNamesField("displayName as an object", json("PATCH /users/me", "{\"displayName\":{\"a\":1}}"),
                    "displayName");
            assertNamesField("timeZone as a number", json("PATCH /users/me", "{\"timeZone\":5}"), "timeZone");
            assertNamesField("unknown field in a patch", json("PATCH /users/me",
                    "{\"timeZone\":\"UTC\",\"groups\":[\"admin\"]}"), "groups");
            assertNamesField("streak is not the learner's to set", json("PATCH /users/me",
                    "{\"streak\":{\"current\":400}}"), "streak");
            assertRefused("JSON null body", json("PATCH /users/me", "null"), 400, 422);
            assertRefused("empty object", json("PATCH /users/me", "{}"), 422);
        });
        profileIsUntouched();
    }

    @Test
    void traversalSqlAndOverlongValuesInIdsAndFieldsChangeNothing() {
        String admin = TestTokens.admin(Logins.ADMIN_ID);
        changesNothing(() -> {
            for (String id : new String[] {TRAVERSAL, "..%2F" + userId, "1%20OR%201%3D1%20--", "%27%20OR%201%3D1%20--",
                    "-1", "99999999999999999999999", LONG}) {
                assertRefused("GET /users/" + abbreviate(id), given().auth().oauth2(admin).urlEncodingEnabled(false)
                        .get("/users/" + id), 404, 414);
            }
            for (String after : new String[] {SQL, TRAVERSAL, "1e3", LONG}) {
                assertRefused("?after=" + abbreviate(after), asLearner().queryParam("after", after).get("/users/me"),
                        422, 414);
            }
            for (String zone : new String[] {"../../../etc/passwd", TRAVERSAL, SQL, LONG, "UTC'; DROP TABLE user_profiles;--"}) {
                assertNamesField("timeZone " + abbreviate(zone), patch(new JsonObject().put("timeZone", zone)), "timeZone");
            }
            for (String language : new String[] {SQL, TRAVERSAL, LONG}) {
                assertNamesField("languageCode " + abbreviate(language), patch(new JsonObject().put("languageCode", language)),
                        "languageCode");
            }
            assertNamesField("displayName of 10,000 characters", patch(new JsonObject().put("displayName", LONG)),
                    "displayName");
            for (String initData : new String[] {SQL, TRAVERSAL, LONG, "user=%7B%22id%22%3A1%7D&hash=" + SQL}) {
                assertRefused("initData " + abbreviate(initData), json("POST /auth/telegram",
                        new JsonObject().put("initData", initData).encode()), 401);
            }
        });
        profileIsUntouched();
    }

    @Test
    void trailingGarbageAfterTheJsonObjectIsMalformedAndChangesNothing() {
        changesNothing(() -> assertRefused("PATCH /users/me {...}}", json("PATCH /users/me",
                "{\"displayName\":\"Trailing\"}}"), 400));
        profileIsUntouched();
    }

    @Test
    void sqlMetacharactersInAValidFieldAreStoredVerbatimNeverExecuted() {
        String name = "Robert'); DROP TABLE user_profiles;--";
        long before = HostileRequests.eventCount();
        patch(new JsonObject().put("displayName", name)).then().statusCode(200);
        asLearner().get("/users/me").then().statusCode(200).body("displayName", org.hamcrest.Matchers.equalTo(name));
        assertThat(HostileRequests.eventCount()).isEqualTo(before + 1);
    }

    @Test
    void forgedTokensAre401OnEveryRouteAndChangeNothing() {
        long other = Logins.newUserId();
        Logins.login(other, "Grace");
        changesNothing(() -> {
            for (Map.Entry<String, String> forged : HostileRequests.forgedTokens(userId, other).entrySet()) {
                String what = forged.getKey();
                RequestSpecification request = given().auth().oauth2(forged.getValue());
                assertRefused(what + " GET /users/me", request.get("/users/me"), 401);
                assertRefused(what + " PATCH /users/me", given().auth().oauth2(forged.getValue())
                        .contentType(ContentType.JSON).body("{\"displayName\":\"Mallory\"}").patch("/users/me"), 401);
                assertRefused(what + " DELETE /users/me", given().auth().oauth2(forged.getValue())
                        .delete("/users/me"), 401);
                assertRefused(what + " GET /users/{other}", given().auth().oauth2(forged.getValue())
                        .get("/users/" + other), 401);
                assertRefused(what + " POST /auth/telegram", given().auth().oauth2(forged.getValue())
                        .contentType(ContentType.JSON).body(new JsonObject()
                                .put("initData", Logins.initData(userId, "Ada")).encode()).post("/auth/telegram"), 401);
            }
        });
        profileIsUntouched();
        given().auth().oauth2(TestTokens.learner(other)).get("/users/me").then().statusCode(200)
                .body("firstName", org.hamcrest.Matchers.equalTo("Grace"))
                .body("displayName", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aLearnerNeverSeesAnotherLearnersProfile() {
        long other = Logins.newUserId();
        Logins.login(other, "Grace");
        changesNothing(() -> {
            Response response = asLearner().get("/users/" + other);
            assertRefused("a learner reading another's profile", response, 403);
            assertThat(response.asString()).doesNotContain("Grace").doesNotContain(Long.toString(other));
            assertRefused("a learner erasing through another's id", asLearner().delete("/users/" + other), 403, 404, 405);
            assertRefused("a learner patching another's id", asLearner().contentType(ContentType.JSON)
                    .body("{\"displayName\":\"Mallory\"}").patch("/users/" + other), 403, 404, 405);
        });
        // /users/me is always the caller's own, whatever else the request names.
        asLearner().queryParam("userId", other).get("/users/me").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(userId));
    }

    private Response json(String route, String body) {
        return send(route, requestFor(route).contentType(ContentType.JSON).body(body));
    }

    private Response patch(JsonObject body) {
        return asLearner().contentType(ContentType.JSON).body(body.encode()).patch("/users/me");
    }

    private void profileIsUntouched() {
        asLearner().get("/users/me").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(userId))
                .body("firstName", org.hamcrest.Matchers.equalTo("Ada"))
                .body("timeZone", org.hamcrest.Matchers.equalTo("UTC"))
                .body("displayName", org.hamcrest.Matchers.nullValue());
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }
}
