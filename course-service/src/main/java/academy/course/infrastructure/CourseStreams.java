package academy.course.infrastructure;

import academy.course.domain.Course;
import academy.course.domain.CourseEvent;
import academy.course.domain.Enrollment;
import academy.course.domain.EnrollmentEvent;
import academy.course.domain.LearnerEvent;
import academy.eventstore.StreamFold;
import academy.eventstore.codec.EventCodec;
import java.util.UUID;

/**
 * Stream ids this service writes (ARCHITECTURE "Events between services") and how their events
 * are stored: type names are the records' simple names; unknown types are skipped.
 */
public final class CourseStreams {

    public static final EventCodec<CourseEvent> COURSE_EVENTS = EventCodec.of(CourseEvent.class);
    public static final EventCodec<EnrollmentEvent> ENROLLMENT_EVENTS = EventCodec.of(EnrollmentEvent.class);
    /** Other services' facts this service reads (only the fields it needs). */
    public static final EventCodec<LearnerEvent> LEARNER_EVENTS = EventCodec.of(LearnerEvent.class);

    public static final StreamFold<Course> COURSE = COURSE_EVENTS.fold(Course.NONE, Course::evolve);
    public static final StreamFold<Enrollment> ENROLLMENT = ENROLLMENT_EVENTS.fold(Enrollment.NONE, Enrollment::evolve);

    private CourseStreams() {
    }

    public static String course(UUID courseId) {
        return "course-" + courseId;
    }

    public static String enrollment(long userId, UUID courseId) {
        return "enrollment-" + userId + "-" + courseId;
    }
}
