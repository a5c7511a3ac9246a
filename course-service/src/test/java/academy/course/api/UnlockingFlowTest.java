package academy.course.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import academy.course.api.Authoring.PublishedCourse;
import academy.course.infrastructure.CourseStreams;
import academy.course.infrastructure.UnlockingFeed;
import academy.eventstore.EventIds;
import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import academy.testing.Poll;
import academy.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = academy.testing.AcademyTestResource.class, restrictToAnnotatedClass = false)
class UnlockingFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EventStore store;

    @Inject
    UnlockingFeed unlocking;

    @Inject
    Pool pool;

    @Test
    void completions_open_lessons_then_modules_then_complete_the_course() {
        long user = 7001L;
        PublishedCourse c = Authoring.publishedCourse();
        ForeignEvents foreign = new ForeignEvents(store);
        enroll(user, c.courseId());
        String enrollment = CourseStreams.enrollment(user, c.courseId());

        RecordedEvent sitting = foreign.progressRecorded(user, c.courseId(), c.l1());
        RecordedEvent first = foreign.lessonCompleted(user, c.courseId(), c.l1());
        awaitTypes(foreign, enrollment, 4);
        RecordedEvent unlocked = foreign.stream(enrollment).get(3);
        assertThat(unlocked.eventType()).isEqualTo("LessonUnlocked");
        assertThat(unlocked.data().getString("lessonId")).isEqualTo(c.l2().toString());
        assertThat(unlocked.data().getString("reason")).isEqualTo("previous-lesson-completed");
        assertThat(unlocked.eventId()).isEqualTo(EventIds.forReaction(first.eventId(), UnlockingFeed.SUBSCRIPTION, 0));
        assertThat(unlocked.metadata().getString("causationId")).isEqualTo(first.eventId().toString());
        assertThat(sitting.globalPosition()).isLessThan(first.globalPosition());

        given().auth().oauth2(TestTokens.learner(user)).get("/courses/" + c.courseId() + "?after=" + first.globalPosition())
                .then().statusCode(200).body("modules[0].lessons[0].state", equalTo("completed"))
                .body("modules[0].lessons[1].state", equalTo("unlocked"));

        foreign.lessonCompleted(user, c.courseId(), c.l2());
        awaitTypes(foreign, enrollment, 7);
        assertThat(types(foreign, enrollment).subList(4, 7))
                .containsExactly("ModuleCompleted", "ModuleUnlocked", "LessonUnlocked");

        RecordedEvent last = foreign.lessonCompleted(user, c.courseId(), c.l3());
        awaitTypes(foreign, enrollment, 9);
        assertThat(types(foreign, enrollment).subList(7, 9)).containsExactly("ModuleCompleted", "CourseCompleted");
        given().auth().oauth2(TestTokens.learner(user)).get("/courses/" + c.courseId() + "?after=" + last.globalPosition())
                .then().statusCode(200).body("completed", equalTo(true)).body("modules[1].state", equalTo("completed"));

        // A repeat completion and a redelivery of an already handled completion change nothing.
        RecordedEvent repeat = foreign.lessonCompleted(user, c.courseId(), c.l1());
        pool.withTransaction(tx -> unlocking.handle(tx, List.of(first, last))).await().atMost(WAIT);
        given().auth().oauth2(TestTokens.learner(user)).get("/courses/" + c.courseId() + "?after=" + repeat.globalPosition())
                .then().statusCode(200);
        assertThat(foreign.stream(enrollment)).hasSize(9);
    }

    @Test
    void a_module_assessment_gates_the_next_module_and_a_later_failure_takes_nothing_back() {
        long user = 7002L;
        PublishedCourse c = Authoring.publishedCourse();
        ForeignEvents foreign = new ForeignEvents(store);
        UUID quiz = UUID.randomUUID();
        String attach = "/courses/" + c.courseId() + "/modules/" + c.m1() + "/assessment";
        given().auth().oauth2(Authoring.admin()).contentType(ContentType.JSON).body(Map.of("assessmentId", quiz))
                .put(attach).then().statusCode(422).body("errors.field", hasItem("assessmentId"));
        foreign.assessmentDefined(quiz);
        Poll.untilAsserted(WAIT, () -> given().auth().oauth2(Authoring.admin()).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", quiz)).put(attach).then().statusCode(200));
        given().auth().oauth2(Authoring.admin()).contentType(ContentType.JSON).body(Map.of("assessmentId", quiz))
                .put("/courses/" + c.courseId() + "/modules/" + c.m2() + "/assessment").then().statusCode(409);
        given().auth().oauth2(Authoring.admin()).contentType(ContentType.JSON).body(Map.of("assessmentId", "nope"))
                .put(attach).then().statusCode(422).body("errors.field", hasItem("assessmentId"));

        enroll(user, c.courseId());
        String enrollment = CourseStreams.enrollment(user, c.courseId());
        foreign.assessmentGraded("AssessmentPassed", user, quiz);
        foreign.lessonCompleted(user, c.courseId(), c.l1());
        awaitTypes(foreign, enrollment, 4);
        RecordedEvent failed = foreign.assessmentGraded("AssessmentFailed", user, quiz);
        foreign.lessonCompleted(user, c.courseId(), c.l2());
        awaitTypes(foreign, enrollment, 7);
        assertThat(types(foreign, enrollment).subList(4, 7))
                .containsExactly("ModuleCompleted", "ModuleUnlocked", "LessonUnlocked");
        assertThat(failed.globalPosition()).isPositive();
    }

    @Test
    void lessons_wait_for_the_assessment_when_it_is_passed_last() {
        long user = 7003L;
        PublishedCourse c = Authoring.publishedCourse();
        ForeignEvents foreign = new ForeignEvents(store);
        UUID quiz = UUID.randomUUID();
        foreign.assessmentDefined(quiz);
        String attach = "/courses/" + c.courseId() + "/modules/" + c.m1() + "/assessment";
        Poll.untilAsserted(WAIT, () -> given().auth().oauth2(Authoring.admin()).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", quiz)).put(attach).then().statusCode(200));
        enroll(user, c.courseId());
        String enrollment = CourseStreams.enrollment(user, c.courseId());
        foreign.lessonCompleted(user, c.courseId(), c.l1());
        RecordedEvent second = foreign.lessonCompleted(user, c.courseId(), c.l2());
        awaitTypes(foreign, enrollment, 4);
        given().auth().oauth2(TestTokens.learner(user)).get("/courses/" + c.courseId() + "?after=" + second.globalPosition())
                .then().statusCode(200).body("modules[0].state", equalTo("unlocked"))
                .body("modules[1].state", equalTo("locked"));
        assertThat(foreign.stream(enrollment)).hasSize(4);
        foreign.assessmentGraded("AssessmentPassed", user, quiz);
        awaitTypes(foreign, enrollment, 7);
        assertThat(types(foreign, enrollment).get(4)).isEqualTo("ModuleCompleted");
    }

    @Test
    void replacing_a_modules_assessment_moves_on_a_learner_who_already_passed_the_new_one() {
        long user = 7005L;
        PublishedCourse c = Authoring.publishedCourse();
        ForeignEvents foreign = new ForeignEvents(store);
        UUID first = UUID.randomUUID();
        UUID replacement = UUID.randomUUID();
        foreign.assessmentDefined(first);
        foreign.assessmentDefined(replacement);
        String attach = "/courses/" + c.courseId() + "/modules/" + c.m1() + "/assessment";
        Poll.untilAsserted(WAIT, () -> given().auth().oauth2(Authoring.admin()).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", first)).put(attach).then().statusCode(200));
        enroll(user, c.courseId());
        String enrollment = CourseStreams.enrollment(user, c.courseId());
        foreign.assessmentGraded("AssessmentPassed", user, replacement);
        foreign.lessonCompleted(user, c.courseId(), c.l1());
        foreign.lessonCompleted(user, c.courseId(), c.l2());
        awaitTypes(foreign, enrollment, 4);
        assertThat(foreign.stream(enrollment)).hasSize(4);

        Poll.untilAsserted(WAIT, () -> given().auth().oauth2(Authoring.admin()).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", replacement)).put(attach).then().statusCode(200));

        awaitTypes(foreign, enrollment, 7);
        assertThat(types(foreign, enrollment).subList(4, 7))
                .containsExactly("ModuleCompleted", "ModuleUnlocked", "LessonUnlocked");
    }

    @Test
    void content_added_after_a_learner_finished_opens_for_them_without_taking_anything_back() {
        long user = 7004L;
        PublishedCourse c = Authoring.publishedCourse();
        ForeignEvents foreign = new ForeignEvents(store);
        // five learners done with the course: with pages of two (%test), the re-walk spans three pages
        List<Long> learners = List.of(user, 7104L, 7204L, 7304L, 7404L);
        for (long learner : learners) {
            enroll(learner, c.courseId());
            foreign.lessonCompleted(learner, c.courseId(), c.l1());
            foreign.lessonCompleted(learner, c.courseId(), c.l2());
            foreign.lessonCompleted(learner, c.courseId(), c.l3());
        }
        String enrollment = CourseStreams.enrollment(user, c.courseId());
        for (long learner : learners) {
            awaitTypes(foreign, CourseStreams.enrollment(learner, c.courseId()), 9);
        }

        UUID m3 = Authoring.addModule(c.courseId(), "Sagas");
        UUID l4 = Authoring.addLesson(c.courseId(), m3, "Process managers");
        for (long learner : learners) {
            awaitTypes(foreign, CourseStreams.enrollment(learner, c.courseId()), 11);
            assertThat(types(foreign, CourseStreams.enrollment(learner, c.courseId())).subList(9, 11))
                    .containsExactly("ModuleUnlocked", "LessonUnlocked");
        }
        List<RecordedEvent> stream = foreign.stream(enrollment);
        assertThat(stream.subList(9, 11)).extracting(RecordedEvent::eventType)
                .containsExactly("ModuleUnlocked", "LessonUnlocked");
        assertThat(stream.get(10).data().getString("lessonId")).isEqualTo(l4.toString());
        given().auth().oauth2(TestTokens.learner(user)).get("/courses/" + c.courseId()).then().statusCode(200)
                .body("completed", equalTo(true)).body("modules[2].lessons[0].state", equalTo("unlocked"));
        given().auth().oauth2(TestTokens.learner(user)).get("/courses/" + c.courseId() + "/lessons/" + l4)
                .then().statusCode(200);
    }

    private static void enroll(long user, UUID courseId) {
        given().auth().oauth2(TestTokens.learner(user)).post("/courses/" + courseId + "/enrollment")
                .then().statusCode(201);
    }

    private static void awaitTypes(ForeignEvents foreign, String streamId, int count) {
        Poll.untilAsserted(WAIT, () -> assertThat(foreign.stream(streamId)).hasSizeGreaterThanOrEqualTo(count));
    }

    private static List<String> types(ForeignEvents foreign, String streamId) {
        return foreign.stream(streamId).stream().map(RecordedEvent::eventType).toList();
    }
}
