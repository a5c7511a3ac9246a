package academy.learning.domain;

import java.util.UUID;

/** The learner has no LessonUnlocked for this lesson yet: no start, no progress. */
public final class LessonLocked extends RuntimeException {

    private final UUID lessonId;

    public LessonLocked(UUID lessonId) {
        super("lesson " + lessonId + " is locked", null, false, false);
        this.lessonId = lessonId;
    }

    public UUID lessonId() {
        return lessonId;
    }
}
