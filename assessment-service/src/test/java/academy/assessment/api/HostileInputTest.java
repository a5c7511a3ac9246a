package academy.assessment.api;

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
import static academy.testing.HostileRequests.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every route of assessment-service under hostile input: a clear 4xx, no internals, nothing stored. */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class HostileInputTest {

    @Inject
    EventStore store;

    JsonObject definition;
    UUID assessmentId;
    long owner;
    UUID attemptId;
    UUID question;

    @BeforeEach
    void anOpenAttempt() {
        definition = AssessmentFixtures.definition(3600, 0, 3, 0, "highest");
        owner = AssessmentFixtures.newLearner();
        assessmentId = new AssessmentFixtures(store).openedFor(definition, owner);
        Response started = AssessmentFixtures.start(owner, assessmentId);
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
        attemptId = UUID.fromString(started.jsonPath().getString("attemptId"));
        question = AssessmentFixtures.questionId(definition, 3);
        AssessmentFixtures.answer(owner, attemptId, question, new JsonObject().put("text", "cafe store"))
                .then().statusCode(200);
    }

    private static String admin() {
        return TestTokens.admin(AssessmentFixtures.ADMIN);
    }

    private String ownerToken() {
        return TestTokens.learner(owner);
    }

    /** method, path, body (null: none) of every route, with the given ids. */
    private List<String[]> everyRoute(String assessment, String attempt, String questionId) {
        List<String[]> routes = new ArrayList<>();
        routes.add(new String[] {"GET", "/assessments/" + assessment, null});
        routes.add(new String[] {"POST", "/assessments/" + assessment + "/attempts", null});
        routes.add(new String[] {"PUT", "/attempts/" + attempt + "/answers/" + questionId, "{\"text\":\"x\"}"});
        routes.add(new String[] {"POST", "/attempts/" + attempt + "/submit", null});
        routes.add(new String[] {"GET", "/attempts/" + attempt, null});
        return routes;
    }

    @Test
    void malformedHugeAndBadlyEncodedBodiesAreRefused() {
        String answers = "/attempts/" + attemptId + "/answers/" + question;
        changesNothing(() -> {
            for (String[] route : new String[][] {{"POST", "/assessments", admin()}, {"PUT", answers, ownerToken()}}) {
                String what = route[0] + " " + route[1];
                for (String malformed : MALFORMED) {
                    assertRefused(what + " " + malformed, given().auth().oauth2(route[2]).contentType(ContentType.JSON)
                            .body(malformed).request(route[0], route[1]), 400);
                }
                assertRefused(what + " over the body limit", oversized(() -> given().auth().oauth2(route[2])
                        .contentType(ContentType.JSON).body(HUGE_BODY).request(route[0], route[1])), 413, 400);
                assertRefused(what + " invalid UTF-8", given().auth().oauth2(route[2])
                        .contentType("application/json; charset=UTF-8").body(INVALID_UTF8).request(route[0], route[1]), 400);
            }
        });
        attemptIsUntouched();
    }

    @Test
    void wrongTypesAndUnknownFieldsAre422NamingTheField() {
        changesNothing(() -> {
            assertNamesField("title as an object", define(definition.copy().put("title", new JsonObject().put("$ne", 1))),
                    "title");
            assertNamesField("timeLimitSeconds as text", define(definition.copy().put("timeLimitSeconds", "long")),
                    "timeLimitSeconds");
            assertNamesField("passMark as text", define(definition.copy().put("passMark", "high")), "passMark");
            assertNamesField("questions as a string", define(definition.copy().put("questions", "all")), "questions");
            assertNamesField("unknown field", define(definition.copy().put("answersVisible", true)), "answersVisible");
            JsonObject sneaky = definition.copy();
            sneaky.getJsonArray("questions").getJsonObject(0).put("secret", "x");
            assertNamesField("unknown field in a question", define(sneaky), "questions[0].secret");
            JsonObject badId = definition.copy();
            badId.getJsonArray("questions").getJsonObject(0).put("questionId", SQL);
            assertNamesField("question id with SQL", define(badId), "questions[0].questionId");

            assertNamesField("choiceIds as a string", answer(new JsonObject().put("choiceIds", "abc")), "choiceIds");
            assertNamesField("choiceIds holding SQL", answer(new JsonObject().put("choiceIds", new JsonArray().add(SQL))),
                    "choiceIds[0]");
            assertNamesField("number as text", answer(new JsonObject().put("number", "pi")), "number");
            assertNamesField("text as an object", answer(new JsonObject().put("text", new JsonObject())), "text");
            assertNamesField("points are not the learner's to give", answer(new JsonObject().put("text", "x")
                    .put("points", 99)), "points");
            assertNamesField("correct is not the learner's to say", answer(new JsonObject().put("text", "x")
                    .put("correct", true)), "correct");
        });
        attemptIsUntouched();
    }

    @Test
    void traversalSqlAndOverlongIdsAndFieldsChangeNothing() {
        changesNothing(() -> {
            for (String bad : new String[] {TRAVERSAL, "..%2F" + attemptId, "%27%20OR%201%3D1%20--", "1%20OR%201%3D1", LONG}) {
                List<String[]> routes = new ArrayList<>(everyRoute(bad, bad, question.toString()));
                routes.add(everyRoute(assessmentId.toString(), attemptId.toString(), bad).get(2));
                for (String[] route : routes) {
                    assertRefused(route[0] + " " + abbreviate(route[1]), send(given().auth().oauth2(ownerToken()), route),
                            404, 414);
                }
            }
            for (String after : new String[] {SQL, TRAVERSAL, "1e3", LONG}) {
                for (String path : new String[] {"/assessments/" + assessmentId, "/attempts/" + attemptId}) {
                    assertRefused(path + "?after=" + abbreviate(after), given().auth().oauth2(ownerToken())
                            .queryParam("after", after).get(path), 422, 414);
                }
            }
            assertNamesField("text of 10,000 characters", answer(new JsonObject().put("text", LONG)), "text");
            assertNamesField("number beyond any answer", AssessmentFixtures.answer(owner, attemptId,
                    AssessmentFixtures.questionId(definition, 2), new JsonObject().put("number", 1e300)), "number");
            assertNamesField("title of 10,000 characters", define(definition.copy().put("title", LONG)), "title");
            JsonObject longPrompt = definition.copy();
            longPrompt.getJsonArray("questions").getJsonObject(0).put("prompt", LONG);
            assertNamesField("prompt of 10,000 characters", define(longPrompt), "questions[0].prompt");
            assertNamesField("gradingMethod with SQL", define(definition.copy().put("gradingMethod", SQL)), "gradingMethod");
        });
        attemptIsUntouched();
    }

    @Test
    void forgedTokensAre401OnEveryRouteAndChangeNothing() {
        long other = AssessmentFixtures.newLearner();
        List<String[]> routes = new ArrayList<>(everyRoute(assessmentId.toString(), attemptId.toString(),
                question.toString()));
        routes.add(new String[] {"POST", "/assessments", definition.encode()});
        changesNothing(() -> {
            HostileRequests.forgedTokensRefused(owner, other, routes);
            // A token of another learner edited to name the owner.
            for (String[] route : routes) {
                assertRefused("tampered to the owner " + route[0] + " " + route[1],
                        send(given().auth().oauth2(TestTokens.tampered(TestTokens.learner(other), owner)), route), 401);
            }
        });
        attemptIsUntouched();
    }

    @Test
    void anotherLearnersAttemptIs403AndNeverShown() {
        String other = TestTokens.learner(AssessmentFixtures.newLearner());
        changesNothing(() -> {
            for (String[] route : everyRoute(assessmentId.toString(), attemptId.toString(), question.toString())) {
                if (route[1].startsWith("/attempts/")) {
                    Response response = send(given().auth().oauth2(other), route);
                    assertRefused("another learner " + route[0] + " " + route[1], response, 403);
                    assertThat(response.asString()).doesNotContain("cafe store").doesNotContain(question.toString());
                }
            }
            assertRefused("a learner defining an assessment", given().auth().oauth2(other).contentType(ContentType.JSON)
                    .body(definition.encode()).post("/assessments"), 403);
        });
        attemptIsUntouched();
    }

    private Response define(JsonObject body) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body.encode()).post("/assessments");
    }

    private Response answer(JsonObject body) {
        return AssessmentFixtures.answer(owner, attemptId, question, body);
    }

    private void attemptIsUntouched() {
        Response read = AssessmentFixtures.read(owner, attemptId);
        assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
        assertThat(read.jsonPath().getString("status")).isEqualTo("open");
        assertThat(read.jsonPath().getMap("answers")).hasSize(1);
        assertThat(read.jsonPath().getString("answers.'" + question + "'.text")).isEqualTo("cafe store");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }
}
