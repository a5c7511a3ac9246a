package academy.user.domain;

import java.time.LocalDate;

public record StreakReset(long userId, LocalDate day, int previousStreak) implements UserEvent {
}
