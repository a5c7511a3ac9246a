package academy.learning.api;

import static academy.testing.HostileRequests.HUGE_BODY;
import static academy.testing.HostileRequests.INVALID_UTF8;
import static academy.testing.HostileRequests.LONG;
import static academy.testing.HostileRequests.MALFORMED;
import static academy.testing.HostileRequests.SQL;
import static academy.testing.HostileRequests.TRAVERSAL;
import static academy.testing.HostileRequests.assertNamesField;
import static academy.testing.HostileRequests.assertRefused;
import static academy.testing.HostileRequests.changesNothing;
import static academy.testing.HostileRequests.oversized;
import static academy.testing.HostileRequests.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.learning.api.LearningFixtures.TestLesson;
import academy.testing.AcademyTestResource;
import academy.testing.HostileRequests;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route of learning-service under hostile input: a clear 4xx, no internals, nothing stored,
 * and the victim's lesson state read back unchanged.
 */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class HostileInputTest {

    private static final String VALID_BODY = "{\"score\":0.85,\"timeSpent\":120}";
    private static final String VICTIM_KEY = "victims-sitting-1";

    @Inject
    EventStore store;

    LearningFixtures fixtures;
    TestLesson lesson;
    long victim;

    // One lesson for the class; every test has its own victim with one completed sitting.
    static TestLesson sharedLesson;

    @BeforeEach
    void aVictimWithOneCompletedSitting() {
        fixtures = new LearningFixtures(store);
        if (sharedLesson == null) {
            sharedLesson = fixtures.knownLesson(0.7, 50);
        }
        lesson = sharedLesson;
        victim = LearningFixtures.newLearner();
        fixtures.unlock(victim, lesson);
        given().auth().oauth2(TestTokens.learner(victim)).header("Idempotency-Key", VICTIM_KEY)
                .contentType(ContentType.JSON).body(VALID_BODY)
                .post("/lessons/progress/{id}", lesson.lessonId()).then().statusCode(200);
    }

    private String victimToken() {
        return TestTokens.learner(victim);
    }

    /** method, path, body (null: none) of every route, with {@code id} as the lesson id. */
    private static List<String[]> everyRoute(String id) {
        List<String[]> routes = new ArrayList<>();
        routes.add(new String[] {"POST", "/lessons/" + id + "/start", null});
        routes.add(new String[] {"POST", "/lessons/progress/" + id, VALID_BODY});
        routes.add(new String[] {"GET", "/lessons/" + id + "/progress", null});
        return routes;
    }

    private Response progress(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/lessons/progress/{id}", lesson.lessonId());
    }

    private Response progress(String body) {
        return progress(victimToken(), body);
    }

    @Test
    void malformedHugeAndBadlyEncodedBodiesAreRefused() {
        changesNothing(() -> {
            for (String malformed : MALFORMED) {
                assertRefused("progress " + malformed, progress(malformed), 400);
            }
            assertRefused("progress with trailing garbage", progress(VALID_BODY + "}"), 400);
            assertRefused("progress of two objects", progress(VALID_BODY + VALID_BODY), 400);
            for (String notAnObject : new String[] {"[0.85, 120]", "\"0.85\"", "0.85", "null", "true"}) {
                assertRefused("progress " + notAnObject, progress(notAnObject), 400, 422);
            }
            assertRefused("progress over the body limit", oversized(() -> progress(HUGE_BODY)), 413, 400);
            assertRefused("start with a body over the limit", oversized(() -> given().auth().oauth2(victimToken())
                    .contentType(ContentType.JSON).body(HUGE_BODY).post("/lessons/{id}/start", lesson.lessonId())),
                    413, 400);
            assertRefused("progress invalid UTF-8", given().auth().oauth2(victimToken())
                    .contentType("application/json; charset=UTF-8").body(INVALID_UTF8)
                    .post("/lessons/progress/{id}", lesson.lessonId()), 400);
            byte[] badScore = HostileRequests.concat("{\"timeSpent\":10,\"score\":\"".getBytes(StandardCharsets.US_ASCII),
                    new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xC0, (byte) 0xAF}, "\"}".getBytes(StandardCharsets.US_ASCII));
            assertRefused("a score of invalid UTF-8", given().auth().oauth2(victimToken())
                    .contentType("application/json; charset=UTF-8").body(badScore)
                    .post("/lessons/progress/{id}", lesson.lessonId()), 400);
            String deep = "[".repeat(5_000) + "]".repeat(5_000);
            assertRefused("a score nested 5,000 arrays deep", progress("{\"score\":" + deep + ",\"timeSpent\":10}"),
                    400, 422);
        });
        victimIsUntouched();
    }

    @Test
    void wrongTypesAndUnknownFieldsAre422NamingTheField() {
        JsonObject valid = new JsonObject(VALID_BODY);
        changesNothing(() -> {
            for (String field : new String[] {"score", "timeSpent"}) {
                for (Object wrong : new Object[] {new JsonObject().put("$ne", 1), new JsonArray().add(1), "1", true}) {
                    assertNamesField(field + " as " + wrong, progress(valid.copy().put(field, wrong).encode()), field);
                }
            }
            for (String owned : new String[] {"userId", "completed", "xpEarned", "bestScore", "passScore", "lessonId",
                    "firstCompletion"}) {
                assertNamesField("unknown field " + owned, progress(valid.copy().put(owned, victim).encode()), owned);
            }
            assertNamesField("score as SQL", progress(valid.copy().put("score", SQL).encode()), "score");
            assertNamesField("timeSpent as a traversal", progress(valid.copy().put("timeSpent", TRAVERSAL).encode()),
                    "timeSpent");
        });
        victimIsUntouched();
    }

    @Test
    void traversalSqlAndOverlongIdsAreRefusedOnEveryRoute() {
        String valid = lesson.lessonId().toString();
        changesNothing(() -> {
            for (String bad : new String[] {TRAVERSAL, "..%2F" + valid, valid + "%2F..%2F..", "%27%20OR%201%3D1%20--",
                    "1%20OR%201%3D1", valid + "'%20OR%20'1'%3D'1", Long.toString(victim), LONG}) {
                for (String[] route : everyRoute(bad)) {
                    assertRefused(route[0] + " " + abbreviate(route[1]), send(given().auth().oauth2(victimToken()), route),
                            404, 414);
                }
            }
            for (String after : new String[] {SQL, TRAVERSAL, "1e3", "-1", "9".repeat(30), LONG}) {
                assertRefused("?after=" + abbreviate(after), given().auth().oauth2(victimToken())
                        .queryParam("after", after).get("/lessons/{id}/progress", lesson.lessonId()), 422, 414);
            }
        });
        victimIsUntouched();
    }

    @Test
    void overlongValuesAndKeysAreRefused() {
        changesNothing(() -> {
            assertNamesField("score of 10,000 characters", progress("{\"score\":\"" + LONG + "\",\"timeSpent\":10}"),
                    "score");
            assertRefused("score with 10,000 digits", progress("{\"score\":0." + "1".repeat(10_000) + ",\"timeSpent\":10}"),
                    400, 422);
            assertRefused("timeSpent with 10,000 digits", progress("{\"score\":0.5,\"timeSpent\":" + "9".repeat(10_000) + "}"),
                    400, 422);
            assertNamesField("score 1e400", progress("{\"score\":1e400,\"timeSpent\":10}"), "score");
            assertNamesField("score 1e-400", progress("{\"score\":1e-400,\"timeSpent\":10}"), "score");
            assertNamesField("score rounding to 0.7 as a double", progress("{\"score\":0.70000000000000001,\"timeSpent\":10}"),
                    "score");
            assertRefused("score 1e9999999999", progress("{\"score\":1e9999999999,\"timeSpent\":10}"), 400, 422);
            assertNamesField("timeSpent 1e400", progress("{\"score\":0.5,\"timeSpent\":1e400}"), "timeSpent");
            assertNamesField("an unknown field named 10,000 characters long",
                    progress("{\"score\":0.5,\"timeSpent\":10,\"" + LONG + "\":1}"), LONG);
            for (String key : new String[] {"x".repeat(201), SQL, "caf\u00e9"}) {
                Response response = given().auth().oauth2(victimToken()).header("Idempotency-Key", key)
                        .contentType(ContentType.JSON).body(VALID_BODY).post("/lessons/progress/{id}", lesson.lessonId());
                assertNamesField("Idempotency-Key " + abbreviate(key), response, "Idempotency-Key");
                assertNamesField("start with Idempotency-Key " + abbreviate(key), given().auth().oauth2(victimToken())
                        .header("Idempotency-Key", key).post("/lessons/{id}/start", lesson.lessonId()), "Idempotency-Key");
            }
            assertRefused("Idempotency-Key of 10,000 characters", given().auth().oauth2(victimToken())
                    .header("Idempotency-Key", LONG).contentType(ContentType.JSON).body(VALID_BODY)
                    .post("/lessons/progress/{id}", lesson.lessonId()), 422, 431);
        });
        victimIsUntouched();
    }

    @Test
    void forgedTokensAre401OnEveryRouteAndChangeNothing() {
        long other = LearningFixtures.newLearner();
        List<String[]> routes = everyRoute(lesson.lessonId().toString());
        changesNothing(() -> {
            HostileRequests.forgedTokensRefused(victim, other, routes);
            for (String[] route : routes) {
                assertRefused("another learner's token tampered to name the victim " + route[0] + " " + route[1],
                        send(given().auth().oauth2(TestTokens.tampered(TestTokens.learner(other), victim)), route), 401);
                assertRefused("no token " + route[0] + " " + route[1], send(given(), route), 401);
                assertRefused("a Basic header " + route[0] + " " + route[1],
                        send(given().header("Authorization", "Basic " + victim + ":x"), route), 401);
            }
        });
        victimIsUntouched();
    }

    @Test
    void anotherLearnerNeverSeesNorChangesTheVictimsLesson() {
        long otherId = LearningFixtures.newLearner();
        String other = TestTokens.learner(otherId);
        changesNothing(() -> {
            Response read = given().auth().oauth2(other).get("/lessons/{id}/progress", lesson.lessonId());
            assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
            assertThat(read.jsonPath().getInt("sittings")).isZero();
            assertThat(read.jsonPath().getBoolean("completed")).isFalse();
            assertThat(read.jsonPath().getLong("learner.totalXp")).isZero();
            assertThat(read.jsonPath().getString("bestScore")).isNull();
            // The lesson is locked for the other learner: neither the victim's key nor a body naming the victim opens it.
            assertRefused("another learner replaying the victim's key", given().auth().oauth2(other)
                    .header("Idempotency-Key", VICTIM_KEY).contentType(ContentType.JSON).body(VALID_BODY)
                    .post("/lessons/progress/{id}", lesson.lessonId()), 403);
            assertRefused("another learner starting the victim's lesson", given().auth().oauth2(other)
                    .post("/lessons/{id}/start", lesson.lessonId()), 403);
            assertNamesField("a body naming the victim", progress(other,
                    new JsonObject(VALID_BODY).put("userId", victim).encode()), "userId");
            assertRefused("the victim's id as a lesson id", given().auth().oauth2(other)
                    .get("/lessons/{id}/progress", victim), 404);
        });
        victimIsUntouched();
    }

    @Test
    void theVictimsIdempotencyKeyGivesAnotherLearnerOnlyTheirOwnSitting() {
        long otherId = LearningFixtures.newLearner();
        fixtures.unlock(otherId, lesson);
        Response answer = given().auth().oauth2(TestTokens.learner(otherId)).header("Idempotency-Key", VICTIM_KEY)
                .contentType(ContentType.JSON).body(VALID_BODY).post("/lessons/progress/{id}", lesson.lessonId());
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.header("Idempotent-Replayed")).isNull();
        assertThat(answer.jsonPath().getInt("sittings")).isEqualTo(1);
        assertThat(fixtures.lessonStream(otherId, lesson)).extracting(event -> event.data().getLong("userId"))
                .containsOnly(otherId);
        victimIsUntouched();
    }

    private void victimIsUntouched() {
        assertThat(fixtures.lessonStream(victim, lesson)).hasSize(2);
        Response read = given().auth().oauth2(victimToken()).get("/lessons/{id}/progress", lesson.lessonId());
        assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
        assertThat(read.jsonPath().getInt("sittings")).isEqualTo(1);
        assertThat(read.jsonPath().getInt("completions")).isEqualTo(1);
        assertThat(read.jsonPath().getFloat("bestScore")).isEqualTo(0.85f);
        assertThat(read.jsonPath().getLong("timeSpentSeconds")).isEqualTo(120);
        assertThat(read.jsonPath().getLong("xpEarned")).isEqualTo(50);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }
}
