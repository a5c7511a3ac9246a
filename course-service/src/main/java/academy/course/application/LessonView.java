package academy.course.application;

import academy.course.domain.Access;
import academy.course.domain.Course;
import academy.course.domain.Lesson;

/** A lesson's content for a caller allowed to read it. */
public record LessonView(Course course, Lesson lesson, Access access) {
}
