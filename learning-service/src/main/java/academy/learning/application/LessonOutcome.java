package academy.learning.application;

import academy.learning.domain.Lesson;
import academy.learning.domain.LessonCompleted;
import academy.learning.domain.LessonProgress;

/**
 * A learner's lesson after a command or a read.
 *
 * @param position global position of the stream's last event (0 for an empty stream)
 * @param completion the completion this command appended, or null
 * @param learnerTotalXp the learner's XP over all lessons (reads only, else null)
 */
public record LessonOutcome(Lesson lesson, LessonProgress state, long position, LessonCompleted completion,
                            Long learnerTotalXp) {

    public static LessonOutcome ofCommand(Lesson lesson, LessonProgress state, long position, LessonCompleted completion) {
        return new LessonOutcome(lesson, state, position, completion, null);
    }
}
