package academy.user.domain;

/**
 * The user stream folded: registration, settings that are not personal data, the streak.
 *
 * @param erased true after UserErased until the next registration-worthy login re-creates a profile
 */
public record UserState(boolean registered, boolean erased, String timeZone, String languageCode, Streak streak) {

    public static final String DEFAULT_TIME_ZONE = "UTC";

    public static UserState initial() {
        return new UserState(false, false, DEFAULT_TIME_ZONE, null, Streak.none());
    }

    public UserState evolve(UserEvent event) {
        if (event instanceof UserRegistered) {
            return new UserState(true, false, timeZone, languageCode, streak);
        }
        if (event instanceof ProfileUpdated updated) {
            String zone = updated.timeZone() == null ? timeZone : updated.timeZone();
            return new UserState(registered, erased, zone, updated.languageCode(), streak);
        }
        if (event instanceof UserErased) {
            return new UserState(registered, true, timeZone, languageCode, streak);
        }
        return new UserState(registered, erased, timeZone, languageCode, streak.evolve(event));
    }
}
