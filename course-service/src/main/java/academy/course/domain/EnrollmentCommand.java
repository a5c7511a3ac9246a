package academy.course.domain;

import java.time.Instant;

/** What moves an enrollment: the learner enrolling, or new progress arriving from the feed. */
public sealed interface EnrollmentCommand {

    long userId();

    Course course();

    LearnerProgress progress();

    Instant at();

    record Enroll(long userId, Course course, LearnerProgress progress, Instant at) implements EnrollmentCommand {
    }

    record ApplyProgress(long userId, Course course, LearnerProgress progress, Instant at)
            implements EnrollmentCommand {
    }
}
