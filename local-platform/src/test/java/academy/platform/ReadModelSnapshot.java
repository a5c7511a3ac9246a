package academy.platform;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every projector read-model table (surrogate ids left out, stable order) and every Redis
 * leaderboard of the run's key prefix, to compare the incrementally built state with a rebuild.
 */
final class ReadModelSnapshot {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("learning_progress", "SELECT * FROM learning_progress ORDER BY user_id, lesson_id");
        TABLES.put("user_progress_summary", "SELECT * FROM user_progress_summary ORDER BY user_id");
        TABLES.put("progress_processed_events", "SELECT * FROM progress_processed_events ORDER BY event_id");
        TABLES.put("user_activities", "SELECT event_id, user_id, occurred_at, kind, course_id, lesson_id, details"
                + " FROM user_activities ORDER BY event_id");
        TABLES.put("learner_streaks", "SELECT * FROM learner_streaks ORDER BY user_id");
        TABLES.put("dashboard_courses", "SELECT * FROM dashboard_courses ORDER BY course_id");
        TABLES.put("dashboard_modules", "SELECT * FROM dashboard_modules ORDER BY module_id");
        TABLES.put("dashboard_lessons", "SELECT * FROM dashboard_lessons ORDER BY lesson_id");
        TABLES.put("dashboard_enrolments", "SELECT * FROM dashboard_enrolments ORDER BY user_id, course_id");
        TABLES.put("dashboard_lesson_states", "SELECT * FROM dashboard_lesson_states ORDER BY user_id, lesson_id");
        TABLES.put("xp_totals", "SELECT * FROM xp_totals ORDER BY user_id");
        TABLES.put("xp_weekly", "SELECT * FROM xp_weekly ORDER BY week_start, user_id");
        TABLES.put("xp_processed_events", "SELECT * FROM xp_processed_events ORDER BY event_id");
        TABLES.put("course_statistics", "SELECT * FROM course_statistics ORDER BY course_id");
        TABLES.put("course_stats_processed_events", "SELECT * FROM course_stats_processed_events ORDER BY event_id");
    }

    private ReadModelSnapshot() {
    }

    static Map<String, List<Map<String, String>>> tables(Pool pool) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        TABLES.forEach((table, sql) -> {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Row row : pool.query(sql).execute().await().atMost(TIMEOUT)) {
                Map<String, String> columns = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.getValue(i);
                    columns.put(row.getColumnName(i), value == null ? null : value.toString());
                }
                rows.add(columns);
            }
            tables.put(table, rows);
        });
        return tables;
    }

    /** Board key (without the prefix) -> member -> score, for every {@code leaderboard:*} sorted set. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> leaderboards(String redisUrl, String keyPrefix) {
        Map<String, Map<String, String>> boards = new TreeMap<>();
        try (RedisConnection redis = RedisConnection.open(redisUrl)) {
            for (String key : redis.keys(keyPrefix + "leaderboard:*")) {
                List<Object> flat = (List<Object>) redis.command("ZRANGE", key, "0", "-1", "WITHSCORES");
                Map<String, String> scores = new TreeMap<>();
                for (int i = 0; i < flat.size(); i += 2) {
                    scores.put((String) flat.get(i), (String) flat.get(i + 1));
                }
                boards.put(key.substring(keyPrefix.length()), scores);
            }
        }
        return boards;
    }
}
