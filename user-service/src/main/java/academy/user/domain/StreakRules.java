package academy.user.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * DOMAIN.md "Streaks": a completion counts for its local day of {@code completedAt}; missed days
 * spend equipped freezes one by one, then reset; 7-day milestones equip a freeze (at most 2).
 */
public final class StreakRules {

    private StreakRules() {
    }

    public static List<UserEvent> onCompletion(long userId, Streak streak, String timeZone, Instant completedAt,
                                               UUID sourceEventId) {
        LocalDate day = completedAt.atZone(ZoneId.of(timeZone)).toLocalDate();
        LocalDate last = streak.lastActiveDay();
        if (last == null) {
            return List.of(new StreakExtended(userId, day, timeZone, 1, Math.max(1, streak.longest()), sourceEventId));
        }
        if (!day.isAfter(last)) {
            // Same day, or a late completion for a day already decided (counted, frozen or reset).
            return List.of();
        }
        long missed = Math.max(0, elapsedDays(streak, completedAt, day) - 1);
        List<UserEvent> events = new ArrayList<>();
        int current = streak.current();
        int freezes = streak.freezes();
        for (long i = 1; i <= missed; i++) {
            if (freezes == 0) {
                events.add(new StreakReset(userId, last.plusDays(i), current));
                current = 0;
                break;
            }
            freezes--;
            events.add(new StreakFreezeUsed(userId, last.plusDays(i), freezes));
        }
        current++;
        int longest = Math.max(streak.longest(), current);
        events.add(new StreakExtended(userId, day, timeZone, current, longest, sourceEventId));
        if (current % Streak.MILESTONE_DAYS == 0 && freezes < Streak.MAX_FREEZES) {
            events.add(new StreakFreezeEarned(userId, day, current, freezes + 1));
        }
        return events;
    }

    /**
     * The streak as the learner sees it at {@code now}: days missed since the last active day
     * are covered by freezes, or the streak already reads 0, before any event records it.
     */
    public static StreakView asOf(Streak streak, String timeZone, Instant now) {
        LocalDate last = streak.lastActiveDay();
        if (last == null) {
            return new StreakView(0, streak.longest(), streak.freezes(), null);
        }
        LocalDate today = now.atZone(ZoneId.of(timeZone)).toLocalDate();
        long missed = elapsedDays(streak, now, today) - 1;
        if (missed <= 0) {
            return new StreakView(streak.current(), streak.longest(), streak.freezes(), last);
        }
        if (missed <= streak.freezes()) {
            return new StreakView(streak.current(), streak.longest(), streak.freezes() - (int) missed, last);
        }
        return new StreakView(0, streak.longest(), 0, last);
    }

    /**
     * Days from the last active day to {@code moment}, the smaller of the count in the current
     * zone and in the zone of the last active day: moving east alone never skips a day.
     */
    private static long elapsedDays(Streak streak, Instant moment, LocalDate dayInCurrentZone) {
        long inCurrentZone = ChronoUnit.DAYS.between(streak.lastActiveDay(), dayInCurrentZone);
        if (streak.lastActiveZone() == null) {
            return inCurrentZone;
        }
        LocalDate dayInLastZone = moment.atZone(ZoneId.of(streak.lastActiveZone())).toLocalDate();
        return Math.min(inCurrentZone, ChronoUnit.DAYS.between(streak.lastActiveDay(), dayInLastZone));
    }
}
