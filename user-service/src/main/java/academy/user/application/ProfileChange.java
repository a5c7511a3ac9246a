package academy.user.application;

/** The settings a learner asked to change; null means "not given". */
public record ProfileChange(String timeZone, String languageCode, String displayName) {
}
