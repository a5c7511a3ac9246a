package academy.learning.infrastructure;

import java.util.UUID;

/** Stream ids this service writes and reads (ARCHITECTURE "Ids, streams"). */
public final class LessonStreams {

    private LessonStreams() {
    }

    public static String lesson(long userId, UUID lessonId) {
        return "lesson-" + userId + "-" + lessonId;
    }

    public static String enrollment(long userId, UUID courseId) {
        return "enrollment-" + userId + "-" + courseId;
    }
}
