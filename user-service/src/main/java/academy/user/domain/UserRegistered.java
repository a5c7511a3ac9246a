package academy.user.domain;

import java.time.Instant;

public record UserRegistered(long userId, Instant registeredAt) implements UserEvent {
}
