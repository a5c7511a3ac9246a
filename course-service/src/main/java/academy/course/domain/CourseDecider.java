package academy.course.domain;

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
import academy.refusal.RefusedException;
import java.util.List;
import java.util.Optional;

/** Authoring rules: what each admin command appends to a course, or why it is refused. */
public final class CourseDecider {

    private CourseDecider() {
    }

    public static List<CourseEvent> decide(CourseCommand command, Course course) {
        if (command instanceof CreateCourse c) {
            return create(c, course);
        }
        if (!course.exists()) {
            throw RefusedException.notFound("course not found");
        }
        if (command instanceof AddModule c) {
            CourseRules.requireTitle("title", c.title());
            return List.of(new ModuleAdded(course.courseId(), c.moduleId(), c.title(), course.modules().size() + 1));
        }
        if (command instanceof AddLesson c) {
            return addLesson(c, course);
        }
        if (command instanceof UpdateLesson c) {
            return updateLesson(c, course);
        }
        if (command instanceof AttachAssessment c) {
            return attach(c, course);
        }
        if (command instanceof PublishCourse c) {
            return publish(c, course);
        }
        if (command instanceof UnpublishCourse c) {
            return course.published() ? List.of(new CourseUnpublished(course.courseId(), c.at())) : List.of();
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private static List<CourseEvent> create(CreateCourse c, Course course) {
        if (course.exists()) {
            throw RefusedException.conflict("course already exists");
        }
        CourseRules.requireTitle("title", c.title());
        CourseRules.requireDescription(c.description());
        String description = c.description() == null ? "" : c.description();
        return List.of(new CourseCreated(c.courseId(), c.title(), description, c.createdBy(), c.at()));
    }

    private static List<CourseEvent> addLesson(AddLesson c, Course course) {
        CourseModule module = course.module(c.moduleId()).orElseThrow(() -> RefusedException.notFound("module not found"));
        LessonContent content = c.content();
        CourseRules.requireValid(content);
        return List.of(new LessonAdded(course.courseId(), module.moduleId(), c.lessonId(), content.title(),
                content.body(), content.mediaLinks(), content.xp(), content.passScore(), module.lessons().size() + 1));
    }

    private static List<CourseEvent> updateLesson(UpdateLesson c, Course course) {
        Lesson lesson = course.lesson(c.lessonId()).orElseThrow(() -> RefusedException.notFound("lesson not found"));
        LessonContent edited = lesson.content().apply(c.changes());
        CourseRules.requireValid(edited);
        if (sameContent(edited, lesson.content())) {
            return List.of();
        }
        return List.of(new LessonUpdated(course.courseId(), lesson.moduleId(), lesson.lessonId(), edited.title(),
                edited.body(), edited.mediaLinks(), edited.xp(), edited.passScore(), lesson.position()));
    }

    private static boolean sameContent(LessonContent a, LessonContent b) {
        return a.title().equals(b.title()) && a.body().equals(b.body()) && a.mediaLinks().equals(b.mediaLinks())
                && a.xp() == b.xp() && a.passScore().compareTo(b.passScore()) == 0;
    }

    private static List<CourseEvent> attach(AttachAssessment c, Course course) {
        CourseModule module = course.module(c.moduleId()).orElseThrow(() -> RefusedException.notFound("module not found"));
        if (!c.assessmentDefined()) {
            throw RefusedException.invalid("assessmentId", "no such assessment");
        }
        if (c.assessmentId().equals(module.assessmentId())) {
            return List.of();
        }
        Optional<CourseModule> gated = course.moduleGatedBy(c.assessmentId());
        if (gated.isPresent()) {
            throw RefusedException.conflict("assessment already gates another module of this course");
        }
        return List.of(new AssessmentAttached(course.courseId(), module.moduleId(), c.assessmentId()));
    }

    private static List<CourseEvent> publish(PublishCourse c, Course course) {
        if (course.published()) {
            return List.of();
        }
        if (course.modules().isEmpty()) {
            throw RefusedException.invalid("modules", "a course needs at least one module to be published");
        }
        for (CourseModule module : course.modules()) {
            if (module.lessons().isEmpty()) {
                throw RefusedException.invalid("modules", "module '" + module.title() + "' has no lessons");
            }
        }
        return List.of(new CoursePublished(course.courseId(), c.at()));
    }
}
