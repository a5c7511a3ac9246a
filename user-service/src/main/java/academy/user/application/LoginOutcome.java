package academy.user.application;

import java.time.Instant;

public record LoginOutcome(String token, Instant expiresAt, UserView user) {
}
