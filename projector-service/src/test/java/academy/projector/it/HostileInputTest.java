package academy.projector.it;

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
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import academy.eventstore.EventStore;
import academy.eventstore.NewEvent;
import academy.eventstore.SubscriptionPositions;
import academy.testing.AcademyTestResource;
import academy.testing.HostileRequests;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import academy.projector.projection.application.ProjectionCatalogue;

/**
 * Every route of projector-service under hostile input: a clear 4xx as problem+json naming the
 * parameter, no internals, and nothing changed (no event, no rebuild started, no dead letter
 * moved, another learner's data never shown).
 */
@QuarkusTest
@QuarkusTestResource(value = AcademyTestResource.class, restrictToAnnotatedClass = false)
class HostileInputTest {

    private static final String ADMIN = TestTokens.admin(1_002);
    /** Query parameters each read route takes. */
    private static final Map<String, List<String>> READ_ROUTES = Map.of(
            "/dashboard", List.of("after"),
            "/progress/summary", List.of("after"),
            "/activities", List.of("after", "limit"),
            "/leaderboard", List.of("after", "limit", "period"));
    private static final List<String> BAD_NUMBERS = List.of(SQL, TRAVERSAL, "1e3", "-1", "1.5", "abc",
            "9223372036854775808", "0x10", "1; DROP TABLE xp_totals");

    @Inject
    EventStore store;
    @Inject
    SubscriptionPositions positions;
    @Inject
    ProjectionCatalogue catalogue;

    private Feed feed;
    private Learner victim;
    private long victimsLast;

    @BeforeEach
    void aLearnerWithProgressXpAndActivities() {
        feed = new Feed(store, positions, catalogue);
        victim = new Learner(feed);
        victim.authorCourse();
        victim.enrol(Instant.now());
        victimsLast = victim.complete(0, 0.9, 120, 75, true, Instant.now());
        feed.awaitProjections(victimsLast);
    }

    @Test
    void hostileQueryParametersAre422NamingTheParameter() {
        String token = TestTokens.learner(victim.userId);
        changesNothing(() -> READ_ROUTES.forEach((path, parameters) -> {
            for (String parameter : parameters) {
                List<String> values = new ArrayList<>(BAD_NUMBERS);
                if (parameter.equals("limit")) {
                    values.addAll(List.of("0", "101", "2147483648"));
                }
                if (parameter.equals("period")) {
                    values = List.of(SQL, TRAVERSAL, "WEEK", "weekly", "1", "week'--", "all;");
                }
                // An empty value is no value: the parameter's default applies.
                given().auth().oauth2(token).urlEncodingEnabled(false).get(path + "?" + parameter + "=")
                        .then().statusCode(200);
                for (String value : values) {
                    assertNamesField(path + "?" + parameter + "=" + abbreviate(value),
                            given().auth().oauth2(token).queryParam(parameter, value).get(path), parameter);
                }
                assertRefused(path + "?" + parameter + "=<10,000 characters>",
                        given().auth().oauth2(token).queryParam(parameter, LONG).get(path), 414);
            }
        }));
    }

    @Test
    void traversalSqlAndOverlongIdsInAdminPathsNameNoRebuildAndNoDeadLetter() {
        String before = rebuilds();
        changesNothing(() -> {
            for (String bad : new String[] {TRAVERSAL, "..%2Fprogress", "%27%20OR%201%3D1%20--", "progress%27--",
                    "1%20OR%201%3D1", "PROGRESS", LONG}) {
                assertRefused("rebuild " + abbreviate(bad), admin().post("/projections/" + bad + "/rebuild"), 404, 414);
            }
            for (String bad : new String[] {TRAVERSAL, "%27%20OR%201%3D1%20--", "1%20OR%201%3D1", "-1", "1e3",
                    "99999999999999999999", "0x1", LONG}) {
                for (String action : new String[] {"retry", "skip"}) {
                    assertRefused(action + " " + abbreviate(bad),
                            admin().post("/projections/dead-letters/" + bad + "/" + action), 404, 414);
                }
            }
        });
        Response unknown = admin().post("/projections/nothing/rebuild");
        assertNamesField404(unknown, "name");
        assertThat(unknown.asString()).doesNotContain("nothing");
        Response notANumber = admin().post("/projections/dead-letters/%27%20OR%201%3D1%20--/retry");
        assertNamesField404(notANumber, "id");
        assertThat(notANumber.asString()).doesNotContain("OR 1=1");
        assertThat(rebuilds()).as("no rebuild started").isEqualTo(before);
    }

    @Test
    void forgedTokensAre401OnEveryRoute() {
        changesNothing(() -> {
            HostileRequests.forgedTokensRefused(victim.userId, 1L, everyRoute());
            for (String[] route : everyRoute()) {
                assertRefused("no token " + route[0] + " " + route[1], given().request(route[0], route[1]), 401);
            }
        });
    }

    @Test
    void aLearnerNeverSeesAnotherLearnersDataWhateverTheyAskFor() {
        Learner attacker = new Learner(feed);
        String token = TestTokens.learner(attacker.userId);
        String victimId = Long.toString(victim.userId);
        changesNothing(() -> {
            for (String path : READ_ROUTES.keySet()) {
                Response response = given().auth().oauth2(token).queryParam("userId", victimId)
                        .queryParam("user_id", victimId).queryParam("sub", victimId).queryParam("learner", victimId)
                        .get(path + "?after=" + victimsLast);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                JsonPath body = response.jsonPath();
                String own = path.equals("/leaderboard") ? body.getString("me.userId") : body.getString("userId");
                assertThat(own).as(path + " answers for the caller").isEqualTo(Long.toString(attacker.userId));
                assertThat(response.asString()).as(path + " shows nothing of the victim's courses")
                        .doesNotContain(victim.courseId.toString());
            }
            JsonPath dashboard = given().auth().oauth2(token).queryParam("userId", victimId).get("/dashboard").jsonPath();
            assertThat(dashboard.getLong("xp.total")).isZero();
            assertThat(dashboard.getList("recentActivities")).isEmpty();
            assertThat(given().auth().oauth2(token).queryParam("userId", victimId).get("/progress/summary")
                    .jsonPath().getInt("totalLessons")).isZero();
            assertThat(given().auth().oauth2(token).queryParam("userId", victimId).get("/activities")
                    .jsonPath().getList("items")).isEmpty();
            assertRefused("a token whose subject was changed to the victim",
                    given().auth().oauth2(TestTokens.tampered(token, victim.userId)).get("/dashboard"), 401);
        });
        JsonPath own = given().auth().oauth2(TestTokens.learner(victim.userId)).get("/dashboard").jsonPath();
        assertThat(own.getLong("xp.total")).as("the victim still sees their own").isEqualTo(75);
    }

    @Test
    void learnersAreForbiddenOnEveryAdminRoute() {
        String learner = TestTokens.learner(victim.userId);
        String before = rebuilds();
        changesNothing(() -> {
            for (String[] route : adminRoutes("1")) {
                assertRefused("learner " + route[0] + " " + route[1],
                        given().auth().oauth2(learner).contentType(ContentType.JSON).body("{}").request(route[0], route[1]),
                        403);
            }
        });
        assertThat(rebuilds()).as("no rebuild started").isEqualTo(before);
    }

    @Test
    void malformedBodiesOnAdminCommandsAreRefusedAndChangeNothing() {
        long parked = aParkedDeadLetter();
        String before = rebuilds();
        List<String> commands = new ArrayList<>();
        catalogue.names().forEach(name -> commands.add("/projections/" + name + "/rebuild"));
        commands.add("/projections/dead-letters/" + parked + "/retry");
        commands.add("/projections/dead-letters/" + parked + "/skip");
        changesNothing(() -> {
            for (String path : commands) {
                for (String malformed : MALFORMED) {
                    assertNamesField400(path + " " + malformed,
                            admin().contentType(ContentType.JSON).body(malformed).post(path), "body");
                }
                assertNamesField400(path + " trailing garbage",
                        admin().contentType(ContentType.JSON).body("{}}").post(path), "body");
                assertNamesField400(path + " an array", admin().contentType(ContentType.JSON).body("[]").post(path), "body");
                assertNamesField400(path + " text", admin().contentType(ContentType.TEXT).body(SQL).post(path), "body");
                assertNamesField(path + " unknown field",
                        admin().contentType(ContentType.JSON).body("{\"force\":true}").post(path), "force");
                assertRefused(path + " over the body limit", oversized(() -> admin().contentType(ContentType.JSON)
                        .body(HUGE_BODY).post(path)), 413);
                assertRefused(path + " invalid UTF-8", admin().contentType("application/json; charset=UTF-8")
                        .body(INVALID_UTF8).post(path), 400, 422);
            }
        });
        assertThat(rebuilds()).as("no rebuild started").isEqualTo(before);
        List<Map<String, Object>> letters = admin().get("/projections/dead-letters").jsonPath().getList("$");
        assertThat(letters).filteredOn(letter -> ((Number) letter.get("id")).longValue() == parked)
                .singleElement().satisfies(letter -> assertThat(letter.get("status")).isEqualTo("parked"));
    }

    private static List<String[]> everyRoute() {
        List<String[]> routes = new ArrayList<>();
        READ_ROUTES.keySet().forEach(path -> routes.add(new String[] {"GET", path}));
        routes.addAll(adminRoutes("1"));
        return routes;
    }

    private static List<String[]> adminRoutes(String deadLetter) {
        return List.of(new String[] {"GET", "/projections"}, new String[] {"POST", "/projections/progress/rebuild"},
                new String[] {"POST", "/projections/leaderboard/rebuild"}, new String[] {"GET", "/projections/dead-letters"},
                new String[] {"POST", "/projections/dead-letters/" + deadLetter + "/retry"},
                new String[] {"POST", "/projections/dead-letters/" + deadLetter + "/skip"});
    }

    /** The rebuild part of GET /projections: it changes only when a rebuild starts or moves on. */
    private static String rebuilds() {
        return admin().get("/projections").then().statusCode(200).extract().jsonPath().getList("rebuild").toString();
    }

    /** A LessonCompleted without its course: the progress projection cannot apply it and parks it. */
    private long aParkedDeadLetter() {
        NewEvent poison = Feed.event("LessonCompleted", "userId", victim.userId, "courseId", null,
                "lessonId", victim.lessons.get(1), "completedAt", Instant.now());
        feed.append(victim.lessonStream(victim.lessons.get(1)), poison);
        long[] id = new long[1];
        Poll.untilAsserted(Duration.ofSeconds(30), () -> {
            List<Map<String, Object>> letters = admin().get("/projections/dead-letters").jsonPath().getList("$");
            Map<String, Object> letter = letters.stream().filter(l -> poison.eventId().toString().equals(l.get("eventId"))
                    && "projector-progress".equals(l.get("subscription"))).findFirst().orElse(null);
            assertThat(letter).isNotNull();
            assertThat(letter.get("status")).isEqualTo("parked");
            id[0] = ((Number) letter.get("id")).longValue();
        });
        return id[0];
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(ADMIN).urlEncodingEnabled(false);
    }

    private static void assertNamesField400(String what, Response response, String field) {
        assertRefused(what, response, 400);
        assertThat(response.jsonPath().getList("errors.field", String.class)).as(what).contains(field);
    }

    private static void assertNamesField404(Response response, String field) {
        assertRefused("404 naming " + field, response, 404);
        assertThat(response.jsonPath().getList("errors.field", String.class)).contains(field);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }
}
