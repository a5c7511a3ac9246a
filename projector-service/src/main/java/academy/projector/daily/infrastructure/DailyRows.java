package academy.projector.daily.infrastructure;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** One learner's rows of {@code learner_daily_activity} between two days (inclusive). */
@ApplicationScoped
public class DailyRows {

    private static final String RANGE = "SELECT day, xp, lessons_completed FROM learner_daily_activity"
            + " WHERE user_id = $1 AND day BETWEEN $2 AND $3";

    /** The sums of one day. */
    public record Day(long xp, int lessonsCompleted) {
    }

    private final Pool pool;

    public DailyRows(Pool pool) {
        this.pool = pool;
    }

    public Uni<Map<LocalDate, Day>> between(long userId, LocalDate from, LocalDate to) {
        return pool.preparedQuery(RANGE).execute(Tuple.of(userId, from, to)).map(rows -> {
            Map<LocalDate, Day> days = new TreeMap<>();
            for (Row row : rows) {
                days.put(row.getLocalDate("day"), new Day(row.getLong("xp"), row.getInteger("lessons_completed")));
            }
            return days;
        });
    }
}
