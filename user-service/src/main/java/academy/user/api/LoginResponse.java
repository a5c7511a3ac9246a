package academy.user.api;

import academy.user.application.LoginOutcome;
import java.time.Instant;

public record LoginResponse(String token, Instant expiresAt, UserResponse user) {

    static LoginResponse of(LoginOutcome outcome) {
        return new LoginResponse(outcome.token(), outcome.expiresAt(), UserResponse.of(outcome.user()));
    }
}
