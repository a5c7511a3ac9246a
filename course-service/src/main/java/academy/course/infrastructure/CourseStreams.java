package academy.course.infrastructure;

import java.util.UUID;

/** Stream ids this service writes (ARCHITECTURE "Events between services"). */
public final class CourseStreams {

    private CourseStreams() {
    }

    public static String course(UUID courseId) {
        return "course-" + courseId;
    }

    public static String enrollment(long userId, UUID courseId) {
        return "enrollment-" + userId + "-" + courseId;
    }
}
