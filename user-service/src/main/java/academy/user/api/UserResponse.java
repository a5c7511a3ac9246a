package academy.user.api;

import academy.user.application.UserView;
import java.time.Instant;

/**
 * The learner's profile, settings and streak. {@code id} is int64 (Telegram ids exceed 2^32);
 * {@code position} is the global position of the user stream's last event.
 */
public record UserResponse(long id, String firstName, String lastName, String username, String photoUrl,
                           String displayName, String languageCode, String timeZone, Instant registeredAt,
                           StreakResponse streak, long position) {

    static UserResponse of(UserView view) {
        var profile = view.profile();
        return new UserResponse(profile.userId(), profile.firstName(), profile.lastName(), profile.username(),
                profile.photoUrl(), profile.displayName(), view.languageCode(), view.state().timeZone(),
                profile.createdAt(), StreakResponse.of(view.streak()), view.position());
    }
}
