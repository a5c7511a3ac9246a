package academy.learning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A learner's state of one lesson, folded from its stream. Progress never goes backwards: the best
 * score and the completion only ever grow.
 *
 * @param repeatDay the UTC day of the latest repeat completion (null before any)
 * @param repeatsOnRepeatDay how many repeat completions fell on {@code repeatDay}
 */
public record LessonProgress(UUID lessonId, UUID courseId, Instant startedAt, int sittings, BigDecimal lastScore,
                             BigDecimal bestScore, long timeSpentSeconds, int completions, Instant firstCompletedAt,
                             Instant lastCompletedAt, long xpEarned, LocalDate repeatDay, int repeatsOnRepeatDay) {

    public static LessonProgress initial() {
        return new LessonProgress(null, null, null, 0, null, null, 0, 0, null, null, 0, null, 0);
    }

    public boolean started() {
        return startedAt != null;
    }

    public boolean completed() {
        return completions > 0;
    }

    /** Any event at all means the lesson was open once, and unlocking never goes backwards. */
    public boolean hasHistory() {
        return lessonId != null;
    }

    /** Repeat completions already recorded on {@code day} (UTC). */
    public int repeatsOn(LocalDate day) {
        return day.equals(repeatDay) ? repeatsOnRepeatDay : 0;
    }

    LessonProgress withStart(UUID lesson, UUID course, Instant at) {
        return new LessonProgress(lesson, course, at, sittings, lastScore, bestScore, timeSpentSeconds, completions,
                firstCompletedAt, lastCompletedAt, xpEarned, repeatDay, repeatsOnRepeatDay);
    }

    LessonProgress withSitting(UUID lesson, UUID course, BigDecimal score, BigDecimal best, int seconds) {
        return new LessonProgress(lesson, course, startedAt, sittings + 1, score, Scores.best(bestScore, best),
                timeSpentSeconds + seconds, completions, firstCompletedAt, lastCompletedAt, xpEarned, repeatDay,
                repeatsOnRepeatDay);
    }

    LessonProgress withCompletion(UUID lesson, UUID course, LessonCompleted completion) {
        Instant at = completion.completedAt();
        LocalDate day = XpRule.utcDay(at);
        boolean repeat = !completion.firstCompletion();
        LocalDate nextRepeatDay = repeat ? day : repeatDay;
        int nextRepeats = repeat ? repeatsOn(day) + 1 : repeatsOnRepeatDay;
        return new LessonProgress(lesson, course, startedAt, sittings, lastScore, bestScore, timeSpentSeconds,
                completions + 1, firstCompletedAt == null ? at : firstCompletedAt, at,
                xpEarned + completion.xpEarned(), nextRepeatDay, nextRepeats);
    }
}
