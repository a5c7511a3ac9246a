package academy.user.domain;

import java.time.LocalDate;

public record StreakFreezeEarned(long userId, LocalDate day, int milestone, int freezesAvailable) implements UserEvent {
}
