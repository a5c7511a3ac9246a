package academy.course.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.course.domain.EnrollmentCommand.ApplyProgress;
import academy.course.domain.EnrollmentCommand.Enroll;
import academy.course.domain.EnrollmentEvent.CourseCompleted;
import academy.course.domain.EnrollmentEvent.Enrolled;
import academy.course.domain.EnrollmentEvent.LessonUnlocked;
import academy.course.domain.EnrollmentEvent.ModuleCompleted;
import academy.course.domain.EnrollmentEvent.ModuleUnlocked;
import academy.course.domain.LearnerEvent.AssessmentFailed;
import academy.course.domain.LearnerEvent.AssessmentPassed;
import academy.course.domain.LearnerEvent.LessonCompleted;
import academy.refusal.Refusal;
import academy.refusal.RefusedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnlockingTest {

    private static final long USER = 279058397L;
    private static final Instant AT = Instant.parse("2026-11-27T09:10:00Z");

    private final UUID m1 = UUID.randomUUID();
    private final UUID m2 = UUID.randomUUID();
    private final UUID l1 = UUID.randomUUID();
    private final UUID l2 = UUID.randomUUID();
    private final UUID l3 = UUID.randomUUID();
    private final UUID quiz = UUID.randomUUID();

    private final Course course = Courses.course().module(m1).lesson(m1, l1).lesson(m1, l2)
            .module(m2).lesson(m2, l3).published().build();
    private final Course gated = Courses.course().module(m1).lesson(m1, l1).lesson(m1, l2).assessment(m1, quiz)
            .module(m2).lesson(m2, l3).published().build();

    @Test
    void enrolling_opens_the_first_module_and_its_first_lesson() {
        List<EnrollmentEvent> events = EnrollmentDecider.decide(
                new Enroll(USER, course, LearnerProgress.NONE, AT), Enrollment.NONE);
        UUID courseId = course.courseId();
        assertThat(events).containsExactly(
                new Enrolled(USER, courseId, AT),
                new ModuleUnlocked(USER, courseId, m1, AT),
                new LessonUnlocked(USER, courseId, m1, l1, "enrolment", AT));
    }

    @Test
    void enrolling_twice_appends_nothing() {
        Enrollment enrolled = enrolled(course);
        assertThat(EnrollmentDecider.decide(new Enroll(USER, course, LearnerProgress.NONE, AT), enrolled)).isEmpty();
    }

    @Test
    void an_unpublished_course_cannot_be_enrolled_in() {
        Course draft = Courses.course().module(m1).lesson(m1, l1).build();
        assertThatThrownBy(() -> EnrollmentDecider.decide(new Enroll(USER, draft, LearnerProgress.NONE, AT),
                Enrollment.NONE)).isInstanceOfSatisfying(RefusedException.class,
                        r -> assertThat(r.refusal()).isInstanceOf(Refusal.NotFound.class));
    }

    @Test
    void progress_recorded_without_a_completion_opens_nothing() {
        assertThat(apply(course, enrolled(course), LearnerProgress.NONE)).isEmpty();
    }

    @Test
    void completing_a_lesson_opens_the_next_one() {
        List<EnrollmentEvent> events = apply(course, enrolled(course), progress(completed(l1)));
        assertThat(events).containsExactly(
                new LessonUnlocked(USER, course.courseId(), m1, l2, "previous-lesson-completed", AT));
    }

    @Test
    void a_repeat_completion_changes_nothing() {
        LearnerProgress once = progress(completed(l1));
        Enrollment afterFirst = fold(enrolled(course), apply(course, enrolled(course), once));
        LearnerProgress twice = once.evolve(completed(l1));
        assertThat(apply(course, afterFirst, twice)).isEmpty();
    }

    @Test
    void completing_a_module_opens_the_next_module_and_its_first_lesson() {
        Enrollment state = fold(enrolled(course), apply(course, enrolled(course), progress(completed(l1))));
        List<EnrollmentEvent> events = apply(course, state, progress(completed(l1), completed(l2)));
        UUID courseId = course.courseId();
        assertThat(events).containsExactly(
                new ModuleCompleted(USER, courseId, m1, AT),
                new ModuleUnlocked(USER, courseId, m2, AT),
                new LessonUnlocked(USER, courseId, m2, l3, "module-unlocked", AT));
    }

    @Test
    void completing_the_last_module_completes_the_course_once() {
        LearnerProgress all = progress(completed(l1), completed(l2), completed(l3));
        Enrollment state = fold(enrolled(course), apply(course, enrolled(course), all));
        assertThat(state.courseCompleted()).isTrue();
        assertThat(state.completedModules()).containsExactlyInAnyOrder(m1, m2);
        assertThat(apply(course, state, all)).isEmpty();
    }

    @Test
    void a_module_with_an_assessment_waits_for_the_pass() {
        LearnerProgress lessonsDone = progress(completed(l1), completed(l2));
        Enrollment state = fold(enrolled(gated), apply(gated, enrolled(gated), lessonsDone));
        assertThat(state.moduleCompleted(m1)).isFalse();
        assertThat(state.moduleUnlocked(m2)).isFalse();

        List<EnrollmentEvent> events = apply(gated, state, lessonsDone.evolve(passed(quiz)));
        assertThat(events).containsExactly(
                new ModuleCompleted(USER, gated.courseId(), m1, AT),
                new ModuleUnlocked(USER, gated.courseId(), m2, AT),
                new LessonUnlocked(USER, gated.courseId(), m2, l3, "module-unlocked", AT));
    }

    @Test
    void an_assessment_passed_before_the_lessons_are_done_counts_once_they_are() {
        LearnerProgress passedEarly = progress(passed(quiz), completed(l1));
        Enrollment state = fold(enrolled(gated), apply(gated, enrolled(gated), passedEarly));
        assertThat(state.moduleCompleted(m1)).isFalse();
        assertThat(state.unlockedLessons()).containsExactlyInAnyOrder(l1, l2);

        List<EnrollmentEvent> events = apply(gated, state, passedEarly.evolve(completed(l2)));
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ModuleCompleted", "ModuleUnlocked", "LessonUnlocked");
    }

    @Test
    void an_assessment_failed_after_an_earlier_pass_changes_nothing() {
        LearnerProgress passedThenFailed = progress(completed(l1), completed(l2), passed(quiz), failed(quiz));
        assertThat(passedThenFailed.passed(quiz)).isTrue();
        Enrollment state = fold(enrolled(gated), apply(gated, enrolled(gated), passedThenFailed));
        assertThat(state.moduleCompleted(m1)).isTrue();
        assertThat(apply(gated, state, passedThenFailed.evolve(failed(quiz)))).isEmpty();
    }

    @Test
    void a_failed_assessment_alone_opens_nothing() {
        LearnerProgress failedOnly = progress(completed(l1), completed(l2), failed(quiz));
        Enrollment state = fold(enrolled(gated), apply(gated, enrolled(gated), progress(completed(l1))));
        assertThat(apply(gated, state, failedOnly)).isEmpty();
    }

    @Test
    void completions_arriving_in_another_order_or_redelivered_give_the_same_enrollment() {
        List<LearnerEvent> inOrder = List.of(completed(l1), completed(l2), passed(quiz), completed(l3));
        List<LearnerEvent> shuffled = List.of(passed(quiz), completed(l2), completed(l3), completed(l1),
                completed(l2), passed(quiz), failed(quiz));
        Enrollment a = replay(gated, inOrder);
        Enrollment b = replay(gated, shuffled);
        assertThat(b).isEqualTo(a);
        assertThat(a.courseCompleted()).isTrue();
    }

    @Test
    void a_redelivered_completion_after_its_unlocks_were_appended_appends_nothing() {
        LearnerProgress p = progress(completed(l1));
        Enrollment state = fold(enrolled(course), apply(course, enrolled(course), p));
        assertThat(apply(course, state, p)).isEmpty();
    }

    @Test
    void progress_for_a_learner_who_is_not_enrolled_opens_nothing() {
        assertThat(apply(course, Enrollment.NONE, progress(completed(l1)))).isEmpty();
    }

    @Test
    void unlocking_never_goes_backwards_when_the_course_grows() {
        LearnerProgress all = progress(completed(l1), completed(l2), completed(l3));
        Enrollment done = fold(enrolled(course), apply(course, enrolled(course), all));
        UUID l4 = UUID.randomUUID();
        Course grown = course.evolve(new CourseEvent.LessonAdded(course.courseId(), m2, l4, "New", "", List.of(), 10,
                java.math.BigDecimal.ONE, 2));
        List<EnrollmentEvent> events = apply(grown, done, all);
        assertThat(events).containsExactly(
                new LessonUnlocked(USER, course.courseId(), m2, l4, "previous-lesson-completed", AT));
        Enrollment after = fold(done, events);
        assertThat(after.courseCompleted()).isTrue();
        assertThat(after.completedModules()).contains(m1, m2);
    }

    @Test
    void a_module_with_nothing_in_it_is_never_completed() {
        UUID empty = UUID.randomUUID();
        Course withEmpty = Courses.course().module(m1).lesson(m1, l1).module(empty).published().build();
        Enrollment state = fold(enrolled(withEmpty), apply(withEmpty, enrolled(withEmpty), progress(completed(l1))));
        assertThat(state.moduleUnlocked(empty)).isTrue();
        assertThat(state.moduleCompleted(empty)).isFalse();
        assertThat(state.courseCompleted()).isFalse();
    }

    @Test
    void access_marks_lessons_and_modules_for_the_learner() {
        LearnerProgress p = progress(completed(l1));
        Enrollment state = fold(enrolled(course), apply(course, enrolled(course), p));
        CourseModule first = course.module(m1).orElseThrow();
        assertThat(Access.ofLesson(first.lessons().get(0), state, p)).isEqualTo(Access.COMPLETED);
        assertThat(Access.ofLesson(first.lessons().get(1), state, p)).isEqualTo(Access.UNLOCKED);
        assertThat(Access.ofLesson(course.lesson(l3).orElseThrow(), state, p)).isEqualTo(Access.LOCKED);
        assertThat(Access.ofModule(first, state)).isEqualTo(Access.UNLOCKED);
        assertThat(Access.ofModule(course.module(m2).orElseThrow(), state)).isEqualTo(Access.LOCKED);
    }

    private Enrollment replay(Course c, List<LearnerEvent> events) {
        Enrollment state = enrolled(c);
        LearnerProgress p = LearnerProgress.NONE;
        for (LearnerEvent event : events) {
            p = p.evolve(event);
            state = fold(state, apply(c, state, p));
        }
        return state;
    }

    private Enrollment enrolled(Course c) {
        return fold(Enrollment.NONE, EnrollmentDecider.decide(new Enroll(USER, c, LearnerProgress.NONE, AT),
                Enrollment.NONE));
    }

    private static List<EnrollmentEvent> apply(Course c, Enrollment state, LearnerProgress p) {
        return EnrollmentDecider.decide(new ApplyProgress(USER, c, p, AT), state);
    }

    private static Enrollment fold(Enrollment state, List<EnrollmentEvent> events) {
        Enrollment next = state;
        for (EnrollmentEvent event : events) {
            next = next.evolve(event);
        }
        return next;
    }

    private static LearnerProgress progress(LearnerEvent... events) {
        LearnerProgress p = LearnerProgress.NONE;
        for (LearnerEvent event : new ArrayList<>(List.of(events))) {
            p = p.evolve(event);
        }
        return p;
    }

    private static LessonCompleted completed(UUID lesson) {
        return new LessonCompleted(USER, lesson, null, AT);
    }

    private static AssessmentPassed passed(UUID assessment) {
        return new AssessmentPassed(USER, assessment, AT);
    }

    private static AssessmentFailed failed(UUID assessment) {
        return new AssessmentFailed(USER, assessment, AT);
    }
}
