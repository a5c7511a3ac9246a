package academy.learning.domain;

import java.time.Instant;

/** What a learner asks of one of their lessons; {@code unlocked} comes from their enrolment stream. */
public sealed interface LessonCommand permits LessonCommand.StartLesson, LessonCommand.RecordProgress {

    long userId();

    Lesson lesson();

    boolean unlocked();

    Instant now();

    record StartLesson(long userId, Lesson lesson, boolean unlocked, Instant now) implements LessonCommand {
    }

    record RecordProgress(long userId, Lesson lesson, boolean unlocked, Sitting sitting, Instant now)
            implements LessonCommand {
    }
}
