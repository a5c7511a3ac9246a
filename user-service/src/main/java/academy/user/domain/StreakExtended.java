package academy.user.domain;

import java.time.LocalDate;
import java.util.UUID;

public record StreakExtended(long userId, LocalDate day, String timeZone, int currentStreak, int longestStreak, UUID sourceEventId) implements UserEvent {
}
