package academy.course.application;

import academy.course.domain.Course;
import academy.course.domain.Enrollment;
import academy.course.domain.LearnerProgress;

/** A course as one caller sees it; enrollment and progress are empty for anonymous callers. */
public record CourseView(Course course, boolean personal, Enrollment enrollment, LearnerProgress progress) {
}
