package academy.course.domain;

import academy.course.domain.CourseEvent.AssessmentAttached;
import academy.course.domain.CourseEvent.CourseCreated;
import academy.course.domain.CourseEvent.CoursePublished;
import academy.course.domain.CourseEvent.CourseUnpublished;
import academy.course.domain.CourseEvent.LessonAdded;
import academy.course.domain.CourseEvent.LessonUpdated;
import academy.course.domain.CourseEvent.ModuleAdded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A course as folded from its stream: ordered modules, each with ordered lessons. */
public record Course(UUID courseId, String title, String description, long createdBy, Instant createdAt,
                     boolean published, List<CourseModule> modules) {

    public static final Course NONE = new Course(null, null, null, 0, null, false, List.of());

    public Course {
        modules = List.copyOf(modules);
    }

    public boolean exists() {
        return courseId != null;
    }

    public Optional<CourseModule> module(UUID moduleId) {
        return modules.stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
    }

    public Optional<Lesson> lesson(UUID lessonId) {
        return modules.stream().flatMap(m -> m.lesson(lessonId).stream()).findFirst();
    }

    public Optional<CourseModule> moduleGatedBy(UUID assessmentId) {
        return modules.stream().filter(m -> assessmentId.equals(m.assessmentId())).findFirst();
    }

    public int lessonCount() {
        return modules.stream().mapToInt(m -> m.lessons().size()).sum();
    }

    public Course evolve(CourseEvent event) {
        if (event instanceof CourseCreated e) {
            return new Course(e.courseId(), e.title(), e.description(), e.createdBy(), e.createdAt(), false, List.of());
        }
        if (event instanceof ModuleAdded e) {
            List<CourseModule> next = new ArrayList<>(modules);
            next.add(new CourseModule(e.moduleId(), e.title(), e.position(), List.of(), null));
            return withModules(next);
        }
        if (event instanceof LessonAdded e) {
            LessonContent content = new LessonContent(e.title(), e.body(), e.mediaLinks(), e.xp(), e.passScore());
            return withLesson(new Lesson(e.lessonId(), e.moduleId(), content, e.position()));
        }
        if (event instanceof LessonUpdated e) {
            LessonContent content = new LessonContent(e.title(), e.body(), e.mediaLinks(), e.xp(), e.passScore());
            return withLesson(new Lesson(e.lessonId(), e.moduleId(), content, e.position()));
        }
        if (event instanceof AssessmentAttached e) {
            return replaceModule(module(e.moduleId()).orElseThrow().withAssessment(e.assessmentId()));
        }
        if (event instanceof CoursePublished) {
            return withPublished(true);
        }
        if (event instanceof CourseUnpublished) {
            return withPublished(false);
        }
        return this;
    }

    private Course withLesson(Lesson lesson) {
        return module(lesson.moduleId()).map(m -> replaceModule(m.withLesson(lesson))).orElse(this);
    }

    private Course replaceModule(CourseModule module) {
        List<CourseModule> next = new ArrayList<>(modules);
        next.replaceAll(m -> m.moduleId().equals(module.moduleId()) ? module : m);
        return withModules(next);
    }

    private Course withModules(List<CourseModule> next) {
        return new Course(courseId, title, description, createdBy, createdAt, published, next);
    }

    private Course withPublished(boolean value) {
        return new Course(courseId, title, description, createdBy, createdAt, value, modules);
    }
}
