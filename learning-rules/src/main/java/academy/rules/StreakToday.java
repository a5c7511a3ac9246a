package academy.rules;

import java.time.LocalDate;

/**
 * What a learner sees of their streak at a given moment: days missed since the last counted day
 * already spend freezes, or read 0, before any event records it.
 */
public record StreakToday(int current, int longest, int freezesAvailable, LocalDate lastActiveDay) {
}
