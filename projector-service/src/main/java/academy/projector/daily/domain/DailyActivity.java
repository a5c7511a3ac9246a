package academy.projector.daily.domain;

import java.time.LocalDate;

/** What one completion adds to a learner's day: its XP and, when it is the first completion of the lesson, one lesson. */
public record DailyActivity(long userId, LocalDate day, long xp, int lessonsCompleted) {
}
