package academy.course.api;

import static academy.course.api.Authoring.admin;
import static academy.course.api.Authoring.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = academy.testing.AcademyTestResource.class, restrictToAnnotatedClass = false)
class CourseAuthoringTest {

    private static final String LEARNER = TestTokens.learner(279058397L);

    @Test
    void creating_a_course_returns_its_id_and_position() {
        var body = post(admin(), "/courses", Map.of("title", "Event Sourcing Basics", "description", "History"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(UUID.fromString(body.getString("courseId"))).isNotNull();
        assertThat(body.getLong("position")).isPositive();
    }

    @Test
    void every_admin_route_needs_a_token_and_the_admin_group() {
        UUID courseId = Authoring.createCourse("Guarded");
        UUID moduleId = Authoring.addModule(courseId, "M");
        UUID lessonId = Authoring.addLesson(courseId, moduleId, "L");
        String base = "/courses/" + courseId;
        List<String[]> routes = List.of(
                new String[] {"POST", "/courses"},
                new String[] {"POST", base + "/modules"},
                new String[] {"POST", base + "/modules/" + moduleId + "/lessons"},
                new String[] {"PATCH", base + "/lessons/" + lessonId},
                new String[] {"PUT", base + "/modules/" + moduleId + "/assessment"},
                new String[] {"POST", base + "/publish"},
                new String[] {"POST", base + "/unpublish"});
        for (String[] route : routes) {
            given().contentType(ContentType.JSON).body("{}").request(route[0], route[1])
                    .then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(LEARNER).contentType(ContentType.JSON).body("{}").request(route[0], route[1])
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.signedWithUnknownKey(1001L)).contentType(ContentType.JSON).body("{}")
                    .request(route[0], route[1]).then().statusCode(401);
        }
    }

    @Test
    void unknown_courses_modules_and_lessons_are_404() {
        UUID courseId = Authoring.createCourse("Known");
        UUID moduleId = Authoring.addModule(courseId, "M");
        UUID unknown = UUID.randomUUID();
        post(admin(), "/courses/" + unknown + "/modules", Map.of("title", "M")).then().statusCode(404);
        post(admin(), "/courses/" + courseId + "/modules/" + unknown + "/lessons", Authoring.lesson("L"))
                .then().statusCode(404);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .patch("/courses/" + courseId + "/lessons/" + unknown).then().statusCode(404);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("assessmentId", UUID.randomUUID()))
                .put("/courses/" + courseId + "/modules/" + unknown + "/assessment").then().statusCode(404);
        post(admin(), "/courses/" + unknown + "/publish", null).then().statusCode(404);
        post(admin(), "/courses/" + unknown + "/unpublish", null).then().statusCode(404);
        post(admin(), "/courses/not-a-uuid/modules/" + moduleId + "/lessons", Authoring.lesson("L"))
                .then().statusCode(404);
    }

    @Test
    void invalid_bodies_are_422_naming_the_field_and_write_nothing() {
        UUID courseId = Authoring.createCourse("Validated");
        UUID moduleId = Authoring.addModule(courseId, "M");
        String lessons = "/courses/" + courseId + "/modules/" + moduleId + "/lessons";
        post(admin(), "/courses", Map.of("title", " ")).then().statusCode(422)
                .body("errors.field", hasItem("title"));
        post(admin(), "/courses", Map.of("title", "T", "colour", "red")).then().statusCode(422)
                .body("errors.field", hasItem("colour"));
        post(admin(), lessons, Map.of("title", "L", "xp", 10, "passScore", 1.5)).then().statusCode(422)
                .body("errors.field", hasItem("passScore"));
        post(admin(), lessons, Map.of("title", "L", "xp", 10, "passScore", 0.5, "mediaLinks", List.of("http://x.org")))
                .then().statusCode(422).body("errors.field", hasItem("mediaLinks[0]"));
        post(admin(), lessons, Map.of("title", "L", "passScore", 0.5)).then().statusCode(422)
                .body("errors.field", hasItem("xp"));
        post(admin(), lessons, Map.of("title", "L", "xp", "many", "passScore", 0.5)).then().statusCode(422)
                .body("errors.field", hasItem("xp"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"title\": ")
                .post("/courses").then().statusCode(400);
        post(admin(), "/courses/" + courseId + "/modules", null).then().statusCode(400)
                .body("errors.field", hasItem("body"));
        given().get("/courses/" + courseId).then().statusCode(404);
        given().auth().oauth2(admin()).get("/courses/" + courseId).then().statusCode(200)
                .body("lessonCount", equalTo(0));
    }

    @Test
    void modules_and_lessons_are_numbered_in_order_and_edits_keep_the_position() {
        UUID courseId = Authoring.createCourse("Ordered");
        post(admin(), "/courses/" + courseId + "/modules", Map.of("title", "One")).then().statusCode(201)
                .body("modulePosition", equalTo(1));
        var second = post(admin(), "/courses/" + courseId + "/modules", Map.of("title", "Two"))
                .then().statusCode(201).body("modulePosition", equalTo(2)).extract().jsonPath();
        String lessons = "/courses/" + courseId + "/modules/" + second.getString("moduleId") + "/lessons";
        post(admin(), lessons, Authoring.lesson("A")).then().statusCode(201).body("lessonPosition", equalTo(1));
        String lessonB = post(admin(), lessons, Authoring.lesson("B")).then().statusCode(201)
                .body("lessonPosition", equalTo(2)).extract().path("lessonId");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("body", "edited", "xp", 70))
                .patch("/courses/" + courseId + "/lessons/" + lessonB).then().statusCode(200)
                .body("body", equalTo("edited")).body("xp", equalTo(70)).body("title", equalTo("B"))
                .body("lessonPosition", equalTo(2));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("position", 1))
                .patch("/courses/" + courseId + "/lessons/" + lessonB).then().statusCode(422)
                .body("errors.field", hasItem("position"));
    }

    @Test
    void lesson_markdown_is_served_as_html_with_raw_markup_escaped_and_unsafe_links_dropped() {
        UUID courseId = Authoring.createCourse("Rendered");
        String moduleId = post(admin(), "/courses/" + courseId + "/modules", Map.of("title", "One"))
                .then().statusCode(201).extract().path("moduleId");
        String hostile = "## Events\n\nAn **event** is a fact.\n\n<script>alert(1)</script>\n\n"
                + "[click](javascript:alert(2)) <img src=x onerror=alert(3)>";
        Map<String, Object> lesson = new java.util.HashMap<>(Authoring.lesson("Hostile"));
        lesson.put("body", hostile);
        String lessonId = post(admin(), "/courses/" + courseId + "/modules/" + moduleId + "/lessons", lesson)
                .then().statusCode(201).extract().path("lessonId");

        String html = given().auth().oauth2(admin()).get("/courses/" + courseId + "/lessons/" + lessonId)
                .then().statusCode(200).body("body", equalTo(hostile)).extract().path("html");

        org.assertj.core.api.Assertions.assertThat(html).contains("<h2>Events</h2>", "<strong>event</strong>",
                "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(3)&gt;")
                .doesNotContain("<script", "<img", "javascript:");
    }

    @Test
    void publishing_needs_lessons_in_every_module_and_shows_the_course_in_the_catalogue() {
        UUID courseId = Authoring.createCourse("Catalogued");
        post(admin(), "/courses/" + courseId + "/publish", null).then().statusCode(422)
                .body("errors.field", hasItem("modules"));
        UUID moduleId = Authoring.addModule(courseId, "M");
        Authoring.addLesson(courseId, moduleId, "L");
        long position = post(admin(), "/courses/" + courseId + "/publish", null).then().statusCode(200)
                .body("published", equalTo(true)).extract().jsonPath().getLong("position");
        given().get("/courses?after=" + position).then().statusCode(200)
                .body("courses.find { it.courseId == '" + courseId + "' }.lessonCount", equalTo(1))
                .body("courses.find { it.courseId == '" + courseId + "' }.moduleCount", equalTo(1));
        long hidden = post(admin(), "/courses/" + courseId + "/unpublish", null).then().statusCode(200)
                .body("published", equalTo(false)).extract().jsonPath().getLong("position");
        List<String> listed = given().get("/courses?after=" + hidden).then().statusCode(200)
                .extract().jsonPath().getList("courses.courseId");
        assertThat(listed).doesNotContain(courseId.toString());
        given().get("/courses?after=soon").then().statusCode(422).body("errors.field", hasItem("after"));
    }

    @Test
    void an_idempotent_retry_returns_the_first_answer_and_creates_one_course() {
        var first = given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", "create-1")
                .body(Map.of("title", "Once")).post("/courses").then().statusCode(201).extract().jsonPath();
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", "create-1")
                .body(Map.of("title", "Once")).post("/courses").then().statusCode(201)
                .body("courseId", equalTo(first.getString("courseId")));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", "create-1")
                .body(Map.of("title", "Other")).post("/courses").then().statusCode(422)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void a_lesson_added_twice_with_one_key_is_added_once() {
        UUID courseId = Authoring.createCourse("Retried");
        UUID moduleId = Authoring.addModule(courseId, "M");
        String path = "/courses/" + courseId + "/modules/" + moduleId + "/lessons";
        String first = given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", "lesson-1")
                .body(Authoring.lesson("Once")).post(path).then().statusCode(201).extract().path("lessonId");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("Idempotency-Key", "lesson-1")
                .body(Authoring.lesson("Once")).post(path).then().statusCode(201)
                .body("lessonId", equalTo(first)).header("Idempotent-Replayed", equalTo("true"));
        given().auth().oauth2(admin()).get("/courses/" + courseId).then().statusCode(200)
                .body("lessonCount", equalTo(1)).body("modules[0].lessons[0].lessonId", equalTo(first));
    }
}
