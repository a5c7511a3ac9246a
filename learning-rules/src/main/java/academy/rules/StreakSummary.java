package academy.rules;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The streak as of its last counted day, before "today" is taken into account.
 *
 * @param current streak length on {@code lastDay} (0 only when no day was ever counted)
 * @param longest longest streak ever
 * @param freezes freezes equipped after {@code lastDay} (0..{@value Streaks#MAX_FREEZES})
 * @param lastDay the latest counted day, null when none
 * @param lastDayZone the zone that dated {@code lastDay} (the westernmost when several did)
 */
public record StreakSummary(int current, int longest, int freezes, LocalDate lastDay, ZoneId lastDayZone) {

    public static final StreakSummary NONE = new StreakSummary(0, 0, 0, null, null);
}
