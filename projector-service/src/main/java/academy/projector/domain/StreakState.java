package academy.projector.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A learner's streak as the last streak events left it. What the learner sees is computed for
 * today in their own zone at read time: a streak whose last day is too far back shows 0, unless
 * the equipped freezes would cover every missed day. "Today" is the earlier of today in the
 * profile's zone and in the zone the last day was counted in, so a time-zone change never
 * breaks a streak by itself.
 */
public record StreakState(String timeZone, int currentStreak, int longestStreak, LocalDate lastDay,
                          int freezesAvailable, String lastDayZone) {

    public static final StreakState NONE = new StreakState("UTC", 0, 0, null, 0, null);

    public int visibleStreak(Instant now) {
        if (currentStreak == 0 || lastDay == null) {
            return 0;
        }
        LocalDate today = now.atZone(zone()).toLocalDate();
        LocalDate todayWhereCounted = now.atZone(zoneOf(lastDayZone == null ? timeZone : lastDayZone)).toLocalDate();
        LocalDate earlier = todayWhereCounted.isBefore(today) ? todayWhereCounted : today;
        long missedDays = ChronoUnit.DAYS.between(lastDay, earlier) - 1;
        return missedDays <= freezesAvailable ? currentStreak : 0;
    }

    /** Whether the learner sees a streak today. */
    public boolean isAlive(Instant now) {
        return visibleStreak(now) > 0;
    }

    /** The zone of the profile, UTC until set or when the stored id is not a zone. */
    public ZoneId zone() {
        return zoneOf(timeZone);
    }

    private static ZoneId zoneOf(String id) {
        try {
            return id == null ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (RuntimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }
}
