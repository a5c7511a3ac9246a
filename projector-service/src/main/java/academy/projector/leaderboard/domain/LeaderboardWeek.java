package academy.projector.leaderboard.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** The leaderboard week: ISO week, Monday 00:00 UTC up to the next Monday 00:00 UTC. */
public final class LeaderboardWeek {

    private LeaderboardWeek() {
    }

    /** The Monday (UTC) that starts the week holding {@code instant}. */
    public static LocalDate startOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static Instant endOf(LocalDate weekStart) {
        return weekStart.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
