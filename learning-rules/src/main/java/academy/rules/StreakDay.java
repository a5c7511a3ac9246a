package academy.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A local day on which the learner completed at least one lesson, with the zone that dated it:
 * the zone in force at the completion's {@code completedAt}, not the zone at processing time.
 */
public record StreakDay(LocalDate day, ZoneId zone) {

    public StreakDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(zone, "zone");
    }

    public static StreakDay of(Instant completedAt, ZoneId zoneInForce) {
        return new StreakDay(completedAt.atZone(zoneInForce).toLocalDate(), zoneInForce);
    }
}
