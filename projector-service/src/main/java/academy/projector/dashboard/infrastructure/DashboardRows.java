package academy.projector.dashboard.infrastructure;

import academy.projector.projection.application.Views.CourseInProgress;
import academy.projector.projection.application.Views.NextLesson;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import academy.projector.progress.domain.CompletionPercent;
import academy.projector.dashboard.domain.StreakState;

/** The dashboard model's reads: streak, XP, courses in progress and the next lesson. */
@ApplicationScoped
public class DashboardRows {

    private static final String STREAK = "SELECT time_zone, current_streak, longest_streak, last_day, freezes_available, last_day_zone"
            + " FROM learner_streaks WHERE user_id = $1";
    private static final String XP = "SELECT (SELECT total_xp FROM xp_totals WHERE user_id = $1) AS total,"
            + " (SELECT xp FROM xp_weekly WHERE user_id = $1 AND week_start = $2) AS week";
    private static final String COURSES = "SELECT e.course_id, c.title, e.enrolled_at, e.last_activity_at,"
            + " (SELECT count(*) FROM dashboard_lessons l WHERE l.course_id = e.course_id) AS total_lessons,"
            + " (SELECT count(*) FROM dashboard_lesson_states s JOIN dashboard_lessons l ON l.lesson_id = s.lesson_id"
            + "   WHERE s.user_id = e.user_id AND s.course_id = e.course_id AND s.completed_at IS NOT NULL) AS completed"
            + " FROM dashboard_enrolments e LEFT JOIN dashboard_courses c ON c.course_id = e.course_id"
            + " WHERE e.user_id = $1 AND e.enrolled_at IS NOT NULL AND e.completed_at IS NULL"
            + " ORDER BY e.last_activity_at DESC, e.course_id LIMIT 20";
    private static final String NEXT_LESSON = "SELECT s.course_id, c.title AS course_title, l.module_id, s.lesson_id,"
            + " l.title FROM dashboard_lesson_states s"
            + " JOIN dashboard_enrolments e ON e.user_id = s.user_id AND e.course_id = s.course_id AND e.completed_at IS NULL"
            + " JOIN dashboard_lessons l ON l.lesson_id = s.lesson_id"
            + " LEFT JOIN dashboard_modules m ON m.module_id = l.module_id"
            + " LEFT JOIN dashboard_courses c ON c.course_id = s.course_id"
            + " WHERE s.user_id = $1 AND s.unlocked_at IS NOT NULL AND s.completed_at IS NULL"
            + " ORDER BY e.last_activity_at DESC, m.position NULLS LAST, l.position, s.lesson_id LIMIT 1";

    // Alive today needs last_day >= (today where the learner is) - 1 - freezes, and no zone's today
    // is before the UTC date's day before: rows outside that bound cannot be alive.
    private static final String STREAKS_MAYBE_ALIVE = "SELECT time_zone, current_streak, longest_streak, last_day,"
            + " freezes_available, last_day_zone FROM learner_streaks"
            + " WHERE current_streak > 0 AND last_day >= $1::date - 2 - freezes_available";

    private final Pool pool;

    public DashboardRows(Pool pool) {
        this.pool = pool;
    }

    /** On {@code client}: the connection the dashboard pipelines its reads on. */
    public Uni<StreakState> streak(SqlClient client, long userId) {
        return client.preparedQuery(STREAK).execute(Tuple.of(userId)).map(rows -> {
            if (rows.size() == 0) {
                return StreakState.NONE;
            }
            return streak(rows.iterator().next());
        });
    }

    private static StreakState streak(Row row) {
        return new StreakState(row.getString("time_zone"), row.getInteger("current_streak"),
                row.getInteger("longest_streak"), row.getLocalDate("last_day"), row.getInteger("freezes_available"),
                row.getString("last_day_zone"));
    }

    /** The streaks that may be alive on {@code utcToday} (a superset: the streak rules decide). */
    public Uni<List<StreakState>> streaksMaybeAlive(LocalDate utcToday) {
        return pool.preparedQuery(STREAKS_MAYBE_ALIVE).execute(Tuple.of(utcToday)).map(rows -> {
            List<StreakState> streaks = new ArrayList<>();
            for (Row row : rows) {
                streaks.add(streak(row));
            }
            return streaks;
        });
    }

    /** All-time and this week's XP. */
    /** On {@code client}: the connection the dashboard pipelines its reads on. */
    public Uni<long[]> xp(SqlClient client, long userId, LocalDate weekStart) {
        return client.preparedQuery(XP).execute(Tuple.of(userId, weekStart)).map(rows -> {
            Row row = rows.iterator().next();
            return new long[] {orZero(row.getLong("total")), orZero(row.getLong("week"))};
        });
    }

    /** On {@code client}: the connection the dashboard pipelines its reads on. */
    public Uni<List<CourseInProgress>> coursesInProgress(SqlClient client, long userId) {
        return client.preparedQuery(COURSES).execute(Tuple.of(userId)).map(rows -> {
            List<CourseInProgress> courses = new ArrayList<>();
            for (Row row : rows) {
                long total = row.getLong("total_lessons");
                long completed = row.getLong("completed");
                courses.add(new CourseInProgress(row.getUUID("course_id"), row.getString("title"), completed, total,
                        CompletionPercent.of(completed, total), instant(row.getOffsetDateTime("enrolled_at")),
                        instant(row.getOffsetDateTime("last_activity_at"))));
            }
            return courses;
        });
    }

    /** On {@code client}: the connection the dashboard pipelines its reads on. */
    public Uni<Optional<NextLesson>> nextLesson(SqlClient client, long userId) {
        return client.preparedQuery(NEXT_LESSON).execute(Tuple.of(userId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            return Optional.of(new NextLesson(row.getUUID("course_id"), row.getString("course_title"),
                    row.getUUID("module_id"), row.getUUID("lesson_id"), row.getString("title")));
        });
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
