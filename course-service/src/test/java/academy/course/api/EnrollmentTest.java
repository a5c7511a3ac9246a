package academy.course.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import academy.course.api.Authoring.PublishedCourse;
import academy.course.infrastructure.CourseStreams;
import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.EventFixtures;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = academy.testing.AcademyTestResource.class, restrictToAnnotatedClass = false)
class EnrollmentTest {

    private static final long LEARNER_ID = 279058397L;

    @Inject
    EventStore store;

    private static String learner() {
        return TestTokens.learner(LEARNER_ID);
    }

    @Test
    void enrolling_opens_the_first_module_and_lesson_and_is_idempotent() {
        PublishedCourse c = Authoring.publishedCourse();
        String path = "/courses/" + c.courseId() + "/enrollment";
        long position = given().auth().oauth2(learner()).post(path).then().statusCode(201)
                .body("enrolled", equalTo(true)).extract().jsonPath().getLong("position");
        given().auth().oauth2(learner()).post(path).then().statusCode(200).body("position", equalTo((int) position));

        List<RecordedEvent> stream = new ForeignEvents(store).stream(CourseStreams.enrollment(LEARNER_ID, c.courseId()));
        assertThat(stream).extracting(RecordedEvent::eventType)
                .containsExactly("Enrolled", "ModuleUnlocked", "LessonUnlocked");
        assertThat(stream.get(2).data().getString("lessonId")).isEqualTo(c.l1().toString());
        assertThat(stream.get(2).data().getString("reason")).isEqualTo("enrolment");
        for (RecordedEvent event : stream) {
            assertThat(event.data().fieldNames())
                    .containsExactlyInAnyOrderElementsOf(EventFixtures.data(event.eventType()).fieldNames());
            assertThat(event.metadata().getLong("userId")).isEqualTo(LEARNER_ID);
        }
    }

    @Test
    void enrolment_needs_a_token_and_a_published_course() {
        PublishedCourse c = Authoring.publishedCourse();
        given().post("/courses/" + c.courseId() + "/enrollment").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired(LEARNER_ID)).post("/courses/" + c.courseId() + "/enrollment")
                .then().statusCode(401);
        given().auth().oauth2(learner()).post("/courses/" + UUID.randomUUID() + "/enrollment").then().statusCode(404);
        UUID draft = Authoring.createCourse("Draft");
        given().auth().oauth2(learner()).post("/courses/" + draft + "/enrollment").then().statusCode(404);
        given().auth().oauth2(learner()).header("Idempotency-Key", "bad key with spaces")
                .post("/courses/" + c.courseId() + "/enrollment").then().statusCode(422);
        assertThat(new ForeignEvents(store).stream(CourseStreams.enrollment(LEARNER_ID, draft))).isEmpty();
    }

    @Test
    void the_structure_marks_each_item_for_the_caller_and_nothing_for_anonymous_readers() {
        PublishedCourse c = Authoring.publishedCourse();
        String path = "/courses/" + c.courseId();
        given().get(path).then().statusCode(200)
                .body("modules[0].state", nullValue()).body("enrolled", nullValue())
                .body("modules[0].lessons[0].title", equalTo("What is an event?"))
                .body("modules[0].lessons[0].body", nullValue());
        long other = 555L;
        given().auth().oauth2(TestTokens.learner(other)).get(path).then().statusCode(200)
                .body("enrolled", equalTo(false)).body("modules[0].state", equalTo("locked"))
                .body("modules[0].lessons[0].state", equalTo("locked"));
        given().auth().oauth2(learner()).post(path + "/enrollment").then().statusCode(201);
        given().auth().oauth2(learner()).get(path).then().statusCode(200)
                .body("enrolled", equalTo(true)).body("completed", equalTo(false))
                .body("modules[0].state", equalTo("unlocked"))
                .body("modules[0].lessons[0].state", equalTo("unlocked"))
                .body("modules[0].lessons[1].state", equalTo("locked"))
                .body("modules[1].state", equalTo("locked"));
        given().get("/courses/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.signedWithUnknownKey(LEARNER_ID)).get(path).then().statusCode(401);
    }

    @Test
    void a_learner_cannot_read_locked_content() {
        PublishedCourse c = Authoring.publishedCourse();
        String lessons = "/courses/" + c.courseId() + "/lessons/";
        given().get(lessons + c.l1()).then().statusCode(401);
        given().auth().oauth2(learner()).get(lessons + c.l1()).then().statusCode(403)
                .contentType("application/problem+json").body("body", nullValue());
        given().auth().oauth2(learner()).post("/courses/" + c.courseId() + "/enrollment").then().statusCode(201);
        given().auth().oauth2(learner()).get(lessons + c.l1()).then().statusCode(200)
                .body("body", equalTo("# What is an event?")).body("html", equalTo("<h1>What is an event?</h1>\n"))
                .body("state", equalTo("unlocked"));
        given().auth().oauth2(learner()).get(lessons + c.l2()).then().statusCode(403).body("body", nullValue());
        given().auth().oauth2(learner()).get(lessons + c.l3()).then().statusCode(403);
        given().auth().oauth2(learner()).get(lessons + UUID.randomUUID()).then().statusCode(404);
        PublishedCourse other = Authoring.publishedCourse();
        given().auth().oauth2(learner()).get(lessons + other.l1()).then().statusCode(404);
        given().auth().oauth2(Authoring.admin()).get(lessons + c.l3()).then().statusCode(200)
                .body("state", equalTo("locked"));
    }

    @Test
    void unpublishing_hides_a_course_from_newcomers_but_not_from_its_learners() {
        PublishedCourse c = Authoring.publishedCourse();
        String path = "/courses/" + c.courseId();
        given().auth().oauth2(learner()).post(path + "/enrollment").then().statusCode(201);
        Authoring.post(Authoring.admin(), path + "/unpublish", null).then().statusCode(200);
        given().auth().oauth2(learner()).get(path).then().statusCode(200).body("enrolled", equalTo(true));
        given().auth().oauth2(learner()).get(path + "/lessons/" + c.l1()).then().statusCode(200);
        given().auth().oauth2(learner()).post(path + "/enrollment").then().statusCode(200);
        String newcomer = TestTokens.learner(4242L);
        given().auth().oauth2(newcomer).get(path).then().statusCode(404);
        given().auth().oauth2(newcomer).post(path + "/enrollment").then().statusCode(404);
        given().get(path).then().statusCode(404);
    }
}
