package academy.user.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A completion counted for a local day not counted before: {@code day} as dated in
 * {@code timeZone} (the zone in force at its completedAt). The other fields are the streak
 * recomputed over every counted day, as of its latest one ({@code lastActiveDay}).
 */
public record StreakExtended(long userId, LocalDate day, String timeZone, int currentStreak, int longestStreak,
                             UUID sourceEventId, LocalDate lastActiveDay, String lastActiveZone,
                             Integer freezesAvailable) implements UserEvent {
}
