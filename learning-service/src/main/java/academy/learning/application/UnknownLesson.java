package academy.learning.application;

import java.util.UUID;

/** No LessonAdded for this id has reached the lookup table (yet). */
public final class UnknownLesson extends RuntimeException {

    public UnknownLesson(UUID lessonId) {
        super("unknown lesson " + lessonId, null, false, false);
    }
}
