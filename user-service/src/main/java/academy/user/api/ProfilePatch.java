package academy.user.api;

/** Body of PATCH /users/me; unknown fields are refused (422 naming them). */
public record ProfilePatch(String timeZone, String languageCode, String displayName) {
}
