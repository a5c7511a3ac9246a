package academy.course.domain;

import academy.course.domain.CourseEvent.AssessmentAttached;
import academy.course.domain.CourseEvent.CourseCreated;
import academy.course.domain.CourseEvent.CoursePublished;
import academy.course.domain.CourseEvent.LessonAdded;
import academy.course.domain.CourseEvent.ModuleAdded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds courses for tests by folding the same events the service appends. */
final class Courses {

    static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    private Course course;

    private Courses(UUID courseId) {
        course = Course.NONE.evolve(new CourseCreated(courseId, "Event Sourcing Basics", "", 1001, T0));
    }

    static Courses course() {
        return new Courses(UUID.randomUUID());
    }

    Courses module(UUID moduleId) {
        return apply(new ModuleAdded(course.courseId(), moduleId, "Module", course.modules().size() + 1));
    }

    Courses lesson(UUID moduleId, UUID lessonId) {
        int position = course.module(moduleId).orElseThrow().lessons().size() + 1;
        return apply(new LessonAdded(course.courseId(), moduleId, lessonId, "Lesson " + position, "# Body",
                List.of(), 50, new BigDecimal("0.7"), position));
    }

    Courses assessment(UUID moduleId, UUID assessmentId) {
        return apply(new AssessmentAttached(course.courseId(), moduleId, assessmentId));
    }

    Courses published() {
        return apply(new CoursePublished(course.courseId(), T0));
    }

    Course build() {
        return course;
    }

    private Courses apply(CourseEvent event) {
        course = course.evolve(event);
        return this;
    }

    static LessonContent content() {
        return new LessonContent("What is an event?", "# Events", List.of("https://example.org/a.png"), 50,
                new BigDecimal("0.7"));
    }
}
