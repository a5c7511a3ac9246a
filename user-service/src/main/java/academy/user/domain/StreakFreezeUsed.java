package academy.user.domain;

import java.time.LocalDate;

public record StreakFreezeUsed(long userId, LocalDate day, int freezesAvailable) implements UserEvent {
}
