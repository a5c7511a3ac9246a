package academy.course.api;

import static io.restassured.RestAssured.given;

import academy.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Builds courses through the HTTP API, as an admin would. */
final class Authoring {

    static final long ADMIN = 1001L;

    private Authoring() {
    }

    static String admin() {
        return TestTokens.admin(ADMIN);
    }

    static Response post(String token, String path, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post(path);
    }

    static UUID createCourse(String title) {
        return UUID.fromString(post(admin(), "/courses", Map.of("title", title, "description", "about " + title))
                .then().statusCode(201).extract().path("courseId"));
    }

    static UUID addModule(UUID courseId, String title) {
        return UUID.fromString(post(admin(), "/courses/" + courseId + "/modules", Map.of("title", title))
                .then().statusCode(201).extract().path("moduleId"));
    }

    static UUID addLesson(UUID courseId, UUID moduleId, String title) {
        return UUID.fromString(post(admin(), "/courses/" + courseId + "/modules/" + moduleId + "/lessons",
                lesson(title)).then().statusCode(201).extract().path("lessonId"));
    }

    static Map<String, Object> lesson(String title) {
        return Map.of("title", title, "body", "# " + title, "mediaLinks", java.util.List.of("https://example.org/a.png"),
                "xp", 50, "passScore", 0.7);
    }

    static void publish(UUID courseId) {
        post(admin(), "/courses/" + courseId + "/publish", null).then().statusCode(200);
    }

    /** A published course: two modules of two and one lessons; ids in order m1, l1, l2, m2, l3. */
    static PublishedCourse publishedCourse() {
        UUID courseId = createCourse("Event Sourcing Basics");
        UUID m1 = addModule(courseId, "Events and streams");
        UUID l1 = addLesson(courseId, m1, "What is an event?");
        UUID l2 = addLesson(courseId, m1, "Streams");
        UUID m2 = addModule(courseId, "Projections");
        UUID l3 = addLesson(courseId, m2, "Read models");
        publish(courseId);
        return new PublishedCourse(courseId, m1, l1, l2, m2, l3);
    }

    record PublishedCourse(UUID courseId, UUID m1, UUID l1, UUID l2, UUID m2, UUID l3) {
    }
}
