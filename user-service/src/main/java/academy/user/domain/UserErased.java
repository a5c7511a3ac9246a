package academy.user.domain;

import java.time.Instant;

public record UserErased(long userId, Instant erasedAt) implements UserEvent {
}
