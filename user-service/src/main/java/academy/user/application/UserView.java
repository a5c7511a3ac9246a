package academy.user.application;

import academy.rules.StreakToday;
import academy.user.domain.UserState;
import academy.user.infrastructure.Profile;

/**
 * What the learner sees of themselves: the profile row, the stream's settings, today's streak.
 *
 * @param position global position of the user stream's last event (what {@code ?after=} of read routes waits for)
 */
public record UserView(Profile profile, UserState state, StreakToday streak, long position) {

    /** The learner's own choice when made, else Telegram's from the latest login. */
    public String languageCode() {
        return state.languageCode() != null ? state.languageCode() : profile.telegramLanguageCode();
    }
}
