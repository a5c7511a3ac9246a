package academy.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.course.domain.CourseCommand.AddLesson;
import academy.course.domain.CourseCommand.AddModule;
import academy.course.domain.CourseCommand.AttachAssessment;
import academy.course.domain.CourseCommand.CreateCourse;
import academy.course.domain.CourseCommand.PublishCourse;
import academy.course.domain.CourseCommand.UnpublishCourse;
import academy.course.domain.CourseCommand.UpdateLesson;
import academy.course.domain.CourseEvent.AssessmentAttached;
import academy.course.domain.CourseEvent.CourseCreated;
import academy.course.domain.CourseEvent.CoursePublished;
import academy.course.domain.CourseEvent.CourseUnpublished;
import academy.course.domain.CourseEvent.LessonAdded;
import academy.course.domain.CourseEvent.LessonUpdated;
import academy.course.domain.CourseEvent.ModuleAdded;
import academy.refusal.FieldRefusal;
import academy.refusal.Refusal;
import academy.refusal.RefusedException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CourseDeciderTest {

    private final UUID m1 = UUID.randomUUID();
    private final UUID m2 = UUID.randomUUID();
    private final UUID l1 = UUID.randomUUID();
    private final UUID l2 = UUID.randomUUID();

    @Test
    void creating_a_course_records_who_and_when() {
        UUID id = UUID.randomUUID();
        List<CourseEvent> events = CourseDecider.decide(
                new CreateCourse(id, "Event Sourcing Basics", null, 1001, Courses.T0), Course.NONE);
        assertThat(events).containsExactly(new CourseCreated(id, "Event Sourcing Basics", "", 1001, Courses.T0));
    }

    @Test
    void creating_an_existing_course_is_a_conflict() {
        Course existing = Courses.course().build();
        assertRejected(() -> CourseDecider.decide(
                new CreateCourse(existing.courseId(), "Again", "", 1, Courses.T0), existing), Refusal.Conflict.class);
    }

    @Test
    void a_blank_or_overlong_title_is_refused_naming_the_field() {
        assertInvalid(() -> CourseDecider.decide(new CreateCourse(UUID.randomUUID(), " ", "", 1, Courses.T0),
                Course.NONE), "title");
        assertInvalid(() -> CourseDecider.decide(new CreateCourse(UUID.randomUUID(), "x".repeat(201), "", 1,
                Courses.T0), Course.NONE), "title");
    }

    @Test
    void commands_on_an_unknown_course_are_not_found() {
        assertRejected(() -> CourseDecider.decide(new AddModule(m1, "M"), Course.NONE), Refusal.NotFound.class);
        assertRejected(() -> CourseDecider.decide(new PublishCourse(Courses.T0), Course.NONE),
                Refusal.NotFound.class);
    }

    @Test
    void modules_get_positions_in_the_order_they_are_added() {
        Course course = Courses.course().module(m1).build();
        assertThat(CourseDecider.decide(new AddModule(m2, "Second"), course))
                .containsExactly(new ModuleAdded(course.courseId(), m2, "Second", 2));
    }

    @Test
    void lessons_get_positions_within_their_own_module() {
        Course course = Courses.course().module(m1).module(m2).lesson(m1, l1).build();
        LessonAdded inFirst = (LessonAdded) CourseDecider.decide(new AddLesson(m1, l2, Courses.content()), course).get(0);
        LessonAdded inSecond = (LessonAdded) CourseDecider.decide(
                new AddLesson(m2, l2, Courses.content()), course).get(0);
        assertThat(inFirst.position()).isEqualTo(2);
        assertThat(inSecond.position()).isEqualTo(1);
        assertThat(inFirst.passScore()).isEqualByComparingTo("0.7");
        assertThat(inFirst.mediaLinks()).containsExactly("https://example.org/a.png");
    }

    @Test
    void a_lesson_in_an_unknown_module_is_not_found() {
        Course course = Courses.course().module(m1).build();
        assertRejected(() -> CourseDecider.decide(new AddLesson(m2, l1, Courses.content()), course),
                Refusal.NotFound.class);
    }

    @Test
    void invalid_lesson_content_names_every_field_at_fault() {
        Course course = Courses.course().module(m1).build();
        LessonContent bad = new LessonContent("", "b", List.of("http://insecure.example", "https://ok.example/x"),
                -1, new BigDecimal("1.5"));
        assertThatThrownBy(() -> CourseDecider.decide(new AddLesson(m1, l1, bad), course))
                .isInstanceOfSatisfying(RefusedException.class, r -> assertThat(((Refusal.Invalid) r.refusal()).fields())
                        .extracting(FieldRefusal::field)
                        .containsExactly("title", "mediaLinks[0]", "xp", "passScore"));
    }

    @Test
    void a_pass_score_with_more_than_four_decimals_is_refused() {
        Course course = Courses.course().module(m1).build();
        LessonContent bad = new LessonContent("t", "b", List.of(), 1, new BigDecimal("0.12345"));
        assertInvalid(() -> CourseDecider.decide(new AddLesson(m1, l1, bad), course), "passScore");
    }

    @Test
    void editing_a_lesson_carries_its_full_state_and_keeps_its_position() {
        Course course = Courses.course().module(m1).lesson(m1, l2).lesson(m1, l1).published().build();
        List<CourseEvent> events = CourseDecider.decide(
                new UpdateLesson(l1, new LessonChanges(null, "new body", null, 60, null)), course);
        assertThat(events).containsExactly(new LessonUpdated(course.courseId(), m1, l1, "Lesson 2", "new body",
                List.of(), 60, new BigDecimal("0.7"), 2));
    }

    @Test
    void an_edit_that_changes_nothing_appends_nothing() {
        Course course = Courses.course().module(m1).lesson(m1, l1).build();
        assertThat(CourseDecider.decide(new UpdateLesson(l1, new LessonChanges("Lesson 1", null, null, 50,
                new BigDecimal("0.70"))), course)).isEmpty();
    }

    @Test
    void editing_an_unknown_lesson_is_not_found_and_invalid_edits_are_refused() {
        Course course = Courses.course().module(m1).lesson(m1, l1).build();
        assertRejected(() -> CourseDecider.decide(new UpdateLesson(l2, new LessonChanges("x", null, null, null,
                null)), course), Refusal.NotFound.class);
        assertInvalid(() -> CourseDecider.decide(new UpdateLesson(l1, new LessonChanges(null, null, null, 10_001,
                null)), course), "xp");
    }

    @Test
    void attaching_an_assessment_is_idempotent_and_one_assessment_gates_one_module() {
        UUID assessment = UUID.randomUUID();
        Course course = Courses.course().module(m1).module(m2).assessment(m1, assessment).build();
        assertThat(CourseDecider.decide(new AttachAssessment(m1, assessment, true), course)).isEmpty();
        assertRejected(() -> CourseDecider.decide(new AttachAssessment(m2, assessment, true), course),
                Refusal.Conflict.class);
        UUID other = UUID.randomUUID();
        assertThat(CourseDecider.decide(new AttachAssessment(m1, other, true), course))
                .containsExactly(new AssessmentAttached(course.courseId(), m1, other));
        assertRejected(() -> CourseDecider.decide(new AttachAssessment(UUID.randomUUID(), other, true), course),
                Refusal.NotFound.class);
    }

    @Test
    void an_assessment_unknown_to_assessment_service_is_refused_naming_the_field() {
        Course course = Courses.course().module(m1).build();
        assertInvalid(() -> CourseDecider.decide(new AttachAssessment(m1, UUID.randomUUID(), false), course),
                "assessmentId");
    }

    @Test
    void a_course_is_published_only_when_every_module_has_a_lesson() {
        assertInvalid(() -> CourseDecider.decide(new PublishCourse(Courses.T0), Courses.course().build()),
                "modules");
        Course halfEmpty = Courses.course().module(m1).lesson(m1, l1).module(m2).build();
        assertInvalid(() -> CourseDecider.decide(new PublishCourse(Courses.T0), halfEmpty), "modules");
        Course ready = Courses.course().module(m1).lesson(m1, l1).build();
        assertThat(CourseDecider.decide(new PublishCourse(Courses.T0), ready))
                .containsExactly(new CoursePublished(ready.courseId(), Courses.T0));
    }

    @Test
    void publishing_and_unpublishing_twice_appends_once() {
        Course published = Courses.course().module(m1).lesson(m1, l1).published().build();
        assertThat(CourseDecider.decide(new PublishCourse(Courses.T0), published)).isEmpty();
        List<CourseEvent> unpublished = CourseDecider.decide(new UnpublishCourse(Courses.T0), published);
        assertThat(unpublished).containsExactly(new CourseUnpublished(published.courseId(), Courses.T0));
        assertThat(CourseDecider.decide(new UnpublishCourse(Courses.T0), published.evolve(unpublished.get(0))))
                .isEmpty();
    }

    private static void assertRejected(Runnable action, Class<? extends Refusal> kind) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusedException.class,
                r -> assertThat(r.refusal()).isInstanceOf(kind));
    }

    private static void assertInvalid(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusedException.class, r -> {
            assertThat(r.refusal()).isInstanceOf(Refusal.Invalid.class);
            assertThat(((Refusal.Invalid) r.refusal()).fields()).extracting(FieldRefusal::field).contains(field);
        });
    }
}
