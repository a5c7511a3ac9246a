package academy.user.domain;

/** The {@code user} object of verified init data: personal data, kept in the profile table only. */
public record TelegramUser(long id, String firstName, String lastName, String username, String languageCode,
                           String photoUrl) {
}
