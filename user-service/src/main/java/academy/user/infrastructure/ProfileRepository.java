package academy.user.infrastructure;

import academy.user.domain.TelegramUser;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The {@code user_profiles} table: the only place that holds names, usernames and photos. */
@ApplicationScoped
public class ProfileRepository {

    private static final String COLUMNS = "user_id, first_name, last_name, username, photo_url, language_code, "
            + "display_name, time_zone, created_at, last_login_at";

    // Telegram names follow each login; display_name and time_zone are the learner's and stay.
    private static final String UPSERT_ON_LOGIN = """
            INSERT INTO user_profiles (user_id, first_name, last_name, username, photo_url, language_code,
                                       time_zone, created_at, last_login_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $8)
            ON CONFLICT (user_id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                username = EXCLUDED.username, photo_url = EXCLUDED.photo_url, language_code = EXCLUDED.language_code,
                last_login_at = EXCLUDED.last_login_at, updated_at = EXCLUDED.updated_at
            RETURNING\s""" + COLUMNS;

    private final Pool pool;

    public ProfileRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Profile> find(long userId) {
        return find(pool, userId);
    }

    public Uni<Profile> find(SqlClient client, long userId) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM user_profiles WHERE user_id = $1")
                .execute(Tuple.of(userId))
                .map(ProfileRepository::first);
    }

    /** @param timeZone the zone the user stream holds (kept on a re-created profile after erasure) */
    public Uni<Profile> upsertOnLogin(TelegramUser user, String timeZone, Instant now) {
        return pool.preparedQuery(UPSERT_ON_LOGIN)
                .execute(Tuple.tuple().addLong(user.id()).addString(user.firstName()).addString(user.lastName())
                        .addString(user.username()).addString(user.photoUrl()).addString(user.languageCode())
                        .addString(timeZone).addOffsetDateTime(utc(now)))
                .map(ProfileRepository::first);
    }

    /** The learner's own settings; a null displayName keeps the stored one. False when there is no profile. */
    public Uni<Boolean> updateSettings(SqlClient transaction, long userId, String timeZone, String displayName,
                                       Instant now) {
        return transaction.preparedQuery("""
                        UPDATE user_profiles SET time_zone = $2, display_name = coalesce($3, display_name), updated_at = $4
                         WHERE user_id = $1""")
                .execute(Tuple.of(userId, timeZone, displayName, utc(now)))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<Boolean> delete(SqlClient transaction, long userId) {
        return transaction.preparedQuery("DELETE FROM user_profiles WHERE user_id = $1")
                .execute(Tuple.of(userId))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Profile first(RowSet<Row> rows) {
        return rows.iterator().hasNext() ? Profile.from(rows.iterator().next()) : null;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
