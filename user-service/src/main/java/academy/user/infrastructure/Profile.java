package academy.user.infrastructure;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;

/** A row of {@code user_profiles}: the learner's personal data. */
public record Profile(long userId, String firstName, String lastName, String username, String photoUrl,
                      String telegramLanguageCode, String displayName, String timeZone, Instant createdAt,
                      Instant lastLoginAt) {

    static Profile from(Row row) {
        return new Profile(row.getLong("user_id"), row.getString("first_name"), row.getString("last_name"),
                row.getString("username"), row.getString("photo_url"), row.getString("language_code"),
                row.getString("display_name"), row.getString("time_zone"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("last_login_at").toInstant());
    }
}
