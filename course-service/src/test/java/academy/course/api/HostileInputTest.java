package academy.course.api;

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
import static org.hamcrest.Matchers.equalTo;

import academy.course.api.Authoring.PublishedCourse;
import academy.testing.HostileRequests;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every route of course-service under hostile input: a clear 4xx, no internals, nothing stored. */
@QuarkusTest
@QuarkusTestResource(value = academy.testing.AcademyTestResource.class, restrictToAnnotatedClass = false)
class HostileInputTest {

    private static final long LEARNER = 8_100_000_001L;
    private static final long OTHER_LEARNER = 8_100_000_002L;

    PublishedCourse course;

    /** A route with a JSON body, and a valid body for it. */
    private record BodyRoute(String method, String path, JsonObject valid) {
        Response send(RequestSpecification request) {
            return request.urlEncodingEnabled(false).request(method, path);
        }
    }

    @BeforeEach
    void aPublishedCourseWithAnEnrolledLearner() {
        course = Authoring.publishedCourse();
        given().auth().oauth2(TestTokens.learner(LEARNER)).post("/courses/" + course.courseId() + "/enrollment")
                .then().statusCode(201);
    }

    private List<BodyRoute> bodyRoutes() {
        String c = "/courses/" + course.courseId();
        return List.of(
                new BodyRoute("POST", "/courses", new JsonObject().put("title", "T").put("description", "D")),
                new BodyRoute("POST", c + "/modules", new JsonObject().put("title", "M")),
                new BodyRoute("POST", c + "/modules/" + course.m2() + "/lessons", lesson()),
                new BodyRoute("PATCH", c + "/lessons/" + course.l3(), new JsonObject().put("title", "Renamed")),
                new BodyRoute("PUT", c + "/modules/" + course.m2() + "/assessment",
                        new JsonObject().put("assessmentId", java.util.UUID.randomUUID().toString())));
    }

    /** Every route, with ids replaced by {@code id} (course and item ids alike). */
    private static List<String[]> everyRoute(String courseId, String itemId) {
        String c = "/courses/" + courseId;
        List<String[]> routes = new ArrayList<>();
        routes.add(new String[] {"GET", c});
        routes.add(new String[] {"GET", c + "/lessons/" + itemId});
        routes.add(new String[] {"POST", c + "/enrollment"});
        routes.add(new String[] {"POST", c + "/modules"});
        routes.add(new String[] {"POST", c + "/modules/" + itemId + "/lessons"});
        routes.add(new String[] {"PATCH", c + "/lessons/" + itemId});
        routes.add(new String[] {"PUT", c + "/modules/" + itemId + "/assessment"});
        routes.add(new String[] {"POST", c + "/publish"});
        routes.add(new String[] {"POST", c + "/unpublish"});
        return routes;
    }

    @Test
    void malformedHugeAndBadlyEncodedBodiesAreRefused() {
        String admin = Authoring.admin();
        changesNothing("course-unlocking", () -> {
            for (BodyRoute route : bodyRoutes()) {
                String what = route.method() + " " + route.path();
                for (String malformed : MALFORMED) {
                    assertRefused(what + " " + malformed, route.send(given().auth().oauth2(admin)
                            .contentType(ContentType.JSON).body(malformed)), 400);
                }
                assertRefused(what + " over the body limit", oversized(() -> route.send(given().auth().oauth2(admin)
                        .contentType(ContentType.JSON).body(HUGE_BODY))), 413, 400);
                assertRefused(what + " invalid UTF-8", route.send(given().auth().oauth2(admin)
                        .contentType("application/json; charset=UTF-8").body(INVALID_UTF8)), 400);
            }
        });
    }

    @Test
    void wrongTypesAndUnknownFieldsAre422NamingTheField() {
        String admin = Authoring.admin();
        List<BodyRoute> routes = bodyRoutes();
        changesNothing("course-unlocking", () -> {
            for (BodyRoute route : routes) {
                String what = route.method() + " " + route.path();
                assertNamesField(what + " unknown field", route.send(given().auth().oauth2(admin)
                        .contentType(ContentType.JSON).body(route.valid().copy().put("published", true).encode())),
                        "published");
                for (String field : route.valid().fieldNames()) {
                    assertNamesField(what + " " + field + " as an object", route.send(given().auth().oauth2(admin)
                            .contentType(ContentType.JSON).body(route.valid().copy()
                                    .put(field, new JsonObject().put("$ne", 1)).encode())), field);
                }
            }
            BodyRoute lesson = routes.get(2);
            assertNamesField("xp as text", lesson.send(given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(lesson.valid().copy().put("xp", "lots").encode())), "xp");
            assertNamesField("passScore as text", lesson.send(given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(lesson.valid().copy().put("passScore", "high").encode())), "passScore");
            assertNamesField("mediaLinks as a string", lesson.send(given().auth().oauth2(admin)
                    .contentType(ContentType.JSON).body(lesson.valid().copy().put("mediaLinks", "https://x.org").encode())),
                    "mediaLinks");
            BodyRoute attach = routes.get(4);
            for (String id : new String[] {"not-a-uuid", SQL, TRAVERSAL, LONG}) {
                assertNamesField("assessmentId " + abbreviate(id), attach.send(given().auth().oauth2(admin)
                        .contentType(ContentType.JSON).body(new JsonObject().put("assessmentId", id).encode())),
                        "assessmentId");
            }
        });
    }

    @Test
    void traversalSqlAndOverlongIdsAreRefusedOnEveryRoute() {
        String admin = Authoring.admin();
        String valid = course.courseId().toString();
        changesNothing("course-unlocking", () -> {
            for (String bad : new String[] {TRAVERSAL, "..%2F" + valid, "%27%20OR%201%3D1%20--", "1%20OR%201%3D1", LONG}) {
                for (String[] route : withEveryIdBad(valid, course.l1().toString(), bad)) {
                    RequestSpecification request = given().auth().oauth2(admin).urlEncodingEnabled(false);
                    if (!route[0].equals("GET")) {
                        request = request.contentType(ContentType.JSON).body(bodyFor(route[1]));
                    }
                    assertRefused(route[0] + " " + abbreviate(route[1]), request.request(route[0], route[1]), 404, 414);
                }
            }
            for (String after : new String[] {SQL, TRAVERSAL, "1e3", LONG}) {
                for (String path : new String[] {"/courses", "/courses/" + valid, "/courses/" + valid + "/lessons/" + course.l1()}) {
                    assertRefused(path + "?after=" + abbreviate(after), given().auth().oauth2(admin)
                            .queryParam("after", after).get(path), 422, 414);
                }
            }
        });
    }

    @Test
    void overlongAndHostileFieldValuesAre422() {
        String admin = Authoring.admin();
        String c = "/courses/" + course.courseId();
        changesNothing("course-unlocking", () -> {
            assertNamesField("course title of 10,000 characters", post(admin, "/courses",
                    new JsonObject().put("title", LONG).put("description", "d")), "title");
            assertNamesField("module title of 10,000 characters", post(admin, c + "/modules",
                    new JsonObject().put("title", LONG)), "title");
            JsonObject lesson = lesson();
            assertNamesField("lesson title of 10,000 characters", post(admin, c + "/modules/" + course.m2() + "/lessons",
                    lesson.copy().put("title", LONG)), "title");
            for (String link : new String[] {TRAVERSAL, "../../etc/passwd", "file:///etc/passwd", "javascript:alert(1)", SQL}) {
                Response response = post(admin, c + "/modules/" + course.m2() + "/lessons",
                        lesson.copy().put("mediaLinks", new JsonArray().add(link)));
                assertRefused("mediaLinks " + link, response, 422);
                assertThat(response.jsonPath().getList("errors.field", String.class)).as(link)
                        .anyMatch(field -> field.startsWith("mediaLinks"));
            }
            assertNamesField("xp beyond the limit", post(admin, c + "/modules/" + course.m2() + "/lessons",
                    lesson.copy().put("xp", Integer.MAX_VALUE)), "xp");
            assertRefused("xp beyond an int", post(admin, c + "/modules/" + course.m2() + "/lessons",
                    lesson.copy().put("xp", Long.MAX_VALUE)), 400, 422);
            assertRefused("passScore with 10,000 digits", given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"passScore\":0." + "1".repeat(10_000) + "}").patch(c + "/lessons/" + course.l3()), 400, 422);
        });
    }

    @Test
    void sqlMetacharactersInAValidTitleAreStoredVerbatimNeverExecuted() {
        String title = "Robert'); DROP TABLE event_store;--";
        HostileRequests.awaitSubscriptionAtHead("course-unlocking");
        long before = HostileRequests.eventCount();
        String courseId = post(Authoring.admin(), "/courses", new JsonObject().put("title", title).put("description", SQL))
                .then().statusCode(201).extract().path("courseId");
        given().auth().oauth2(Authoring.admin()).get("/courses/" + courseId).then().statusCode(200)
                .body("title", equalTo(title)).body("description", equalTo(SQL));
        assertThat(HostileRequests.eventCount()).isEqualTo(before + 1);
    }

    @Test
    void forgedTokensAre401OnEveryRouteAndChangeNothing() {
        String c = course.courseId().toString();
        List<String[]> routes = new ArrayList<>(everyRoute(c, course.l1().toString()));
        routes.add(new String[] {"GET", "/courses"});
        routes.add(new String[] {"POST", "/courses"});
        changesNothing("course-unlocking", () -> {
            for (Map.Entry<String, String> forged : HostileRequests.forgedTokens(LEARNER, OTHER_LEARNER).entrySet()) {
                for (String[] route : routes) {
                    RequestSpecification request = given().auth().oauth2(forged.getValue());
                    if (!route[0].equals("GET")) {
                        request = request.contentType(ContentType.JSON).body(bodyFor(route[1]));
                    }
                    assertRefused(forged.getKey() + " " + route[0] + " " + route[1],
                            request.request(route[0], route[1]), 401);
                }
            }
        });
    }

    @Test
    void learnersNeitherAuthorNorSeeAnotherLearnersState() {
        String other = TestTokens.learner(OTHER_LEARNER);
        String c = "/courses/" + course.courseId();
        changesNothing("course-unlocking", () -> {
            for (String[] route : everyRoute(course.courseId().toString(), course.m1().toString())) {
                if (route[1].endsWith("/modules") || route[1].contains("/lessons") && !route[0].equals("GET")
                        || route[1].endsWith("/assessment") || route[1].endsWith("publish")) {
                    assertRefused("learner " + route[0] + " " + route[1], given().auth().oauth2(other)
                            .contentType(ContentType.JSON).body(bodyFor(route[1])).request(route[0], route[1]), 403);
                }
            }
            // LEARNER unlocked l1 on enrolment; the other learner sees neither that state nor the content.
            given().auth().oauth2(other).get(c).then().statusCode(200).body("enrolled", equalTo(false))
                    .body("modules[0].lessons[0].state", equalTo("locked"));
            Response content = given().auth().oauth2(other).get(c + "/lessons/" + course.l1());
            assertRefused("another learner's unlocked lesson", content, 403);
            assertThat(content.asString()).doesNotContain("# What is an event?");
            assertRefused("a tampered token naming the enrolled learner", given()
                    .auth().oauth2(TestTokens.tampered(other, LEARNER)).get(c + "/lessons/" + course.l1()), 401);
            assertRefused("a learner's id as a course id", given().auth().oauth2(other)
                    .get("/courses/" + LEARNER + "/lessons/" + course.l1()), 404);
        });
        given().auth().oauth2(TestTokens.learner(LEARNER)).get(c + "/lessons/" + course.l1()).then().statusCode(200);
    }

    private static List<String[]> withEveryIdBad(String courseId, String itemId, String bad) {
        List<String[]> routes = new ArrayList<>(everyRoute(bad, itemId));
        for (String[] route : everyRoute(courseId, bad)) {
            if (route[1].contains(bad)) {
                routes.add(route);
            }
        }
        return routes;
    }

    private static String bodyFor(String path) {
        if (path.endsWith("/lessons")) {
            return lesson().encode();
        }
        if (path.endsWith("/assessment")) {
            return new JsonObject().put("assessmentId", java.util.UUID.randomUUID().toString()).encode();
        }
        if (path.endsWith("/modules")) {
            return new JsonObject().put("title", "M").encode();
        }
        if (path.contains("/lessons/")) {
            return new JsonObject().put("title", "Renamed").encode();
        }
        return new JsonObject().put("title", "T").put("description", "D").encode();
    }

    private static JsonObject lesson() {
        return new JsonObject().put("title", "L").put("body", "# L").put("xp", 50).put("passScore", 0.7)
                .put("mediaLinks", new JsonArray().add("https://example.org/a.png"));
    }

    private static Response post(String token, String path, JsonObject body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.encode()).post(path);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }
}
