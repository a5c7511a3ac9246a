package academy.projector.dashboard.domain;

import academy.rules.StreakSummary;
import academy.rules.StreakToday;
import academy.rules.Streaks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A learner's streak as the latest StreakExtended left it (the walk user-service computed over
 * every counted day), and the profile's zone. What the learner sees is computed for today at
 * read time by the same function {@code /users/me} uses ({@link Streaks#asOf}), so the dashboard
 * and the profile always show the same streak and the same freezes left.
 */
public record StreakState(String timeZone, int currentStreak, int longestStreak, LocalDate lastDay,
                          int freezesAvailable, String lastDayZone) {

    public static final StreakState NONE = new StreakState("UTC", 0, 0, null, 0, null);

    /** The streak, freezes left included, as of {@code now} in the learner's zone. */
    public StreakToday today(Instant now) {
        StreakSummary summary = new StreakSummary(currentStreak, longestStreak, freezesAvailable, lastDay,
                lastDay == null ? null : zoneOf(lastDayZone == null ? timeZone : lastDayZone));
        return Streaks.asOf(summary, zone(), now);
    }

    public int visibleStreak(Instant now) {
        return today(now).current();
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
