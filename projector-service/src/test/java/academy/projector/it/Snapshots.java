package academy.projector.it;

import io.vertx.mutiny.sqlclient.Pool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every read-model table's rows in a stable order (surrogate ids left out), to compare two builds. */
final class Snapshots {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("learning_progress", "SELECT * FROM learning_progress ORDER BY user_id, lesson_id");
        QUERIES.put("user_progress_summary", "SELECT * FROM user_progress_summary ORDER BY user_id");
        QUERIES.put("progress_processed_events", "SELECT * FROM progress_processed_events ORDER BY event_id");
        QUERIES.put("user_activities", "SELECT event_id, user_id, occurred_at, kind, course_id, lesson_id, details"
                + " FROM user_activities ORDER BY event_id");
        QUERIES.put("learner_streaks", "SELECT * FROM learner_streaks ORDER BY user_id");
        QUERIES.put("dashboard_courses", "SELECT * FROM dashboard_courses ORDER BY course_id");
        QUERIES.put("dashboard_modules", "SELECT * FROM dashboard_modules ORDER BY module_id");
        QUERIES.put("dashboard_lessons", "SELECT * FROM dashboard_lessons ORDER BY lesson_id");
        QUERIES.put("dashboard_enrolments", "SELECT * FROM dashboard_enrolments ORDER BY user_id, course_id");
        QUERIES.put("dashboard_lesson_states", "SELECT * FROM dashboard_lesson_states ORDER BY user_id, lesson_id");
        QUERIES.put("xp_totals", "SELECT * FROM xp_totals ORDER BY user_id");
        QUERIES.put("xp_weekly", "SELECT * FROM xp_weekly ORDER BY week_start, user_id");
        QUERIES.put("xp_processed_events", "SELECT * FROM xp_processed_events ORDER BY event_id");
        QUERIES.put("course_statistics", "SELECT * FROM course_statistics ORDER BY course_id");
        QUERIES.put("course_stats_processed_events", "SELECT * FROM course_stats_processed_events ORDER BY event_id");
        QUERIES.put("learner_daily_activity", "SELECT * FROM learner_daily_activity ORDER BY user_id, day");
        QUERIES.put("daily_processed_events", "SELECT * FROM daily_processed_events ORDER BY event_id");
    }

    private Snapshots() {
    }

    static Map<String, List<Map<String, Object>>> all(Pool pool) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        QUERIES.forEach((table, sql) -> tables.put(table, Rows.query(pool, sql)));
        return tables;
    }
}
