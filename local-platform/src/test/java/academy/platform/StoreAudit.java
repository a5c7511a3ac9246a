package academy.platform;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads the event store and the services' tables straight from PostgreSQL, as the run's judge. */
final class StoreAudit {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String EVENTS_BY_KEY = "SELECT metadata->>'idempotencyKey' AS key, event_type, count(*) AS n,"
            + " min(recorded_at) AS first_at FROM event_store WHERE metadata->>'idempotencyKey' LIKE $1 GROUP BY 1, 2";
    private static final String BEHIND = "SELECT c.subscription FROM subscription_checkpoints c,"
            + " (SELECT transaction_id, global_position FROM event_store"
            + "   ORDER BY transaction_id DESC, global_position DESC LIMIT 1) head"
            + " WHERE (c.transaction_id, c.global_position) < (head.transaction_id, head.global_position)"
            + " AND c.subscription LIKE $1";

    /**
     * What the store holds for the run's keys. {@code lost}: acknowledged, but the event it
     * promised is missing; {@code duplicated}: an event type stored more than once for one key;
     * {@code unknown}: events for keys never sent; {@code answerMismatches}: a completion answered
     * but not stored, or stored but not answered; {@code storedBeforeFailure}: commands whose
     * events were stored before their first attempt failed (the answer was lost, the retry replayed).
     */
    record KeyAudit(List<String> lost, List<String> duplicated, List<String> unknown, List<String> answerMismatches,
                    Set<String> storedBeforeFailure) {
    }

    private final Pool pool;

    StoreAudit(Pool pool) {
        this.pool = pool;
    }

    KeyAudit keys(String keyPrefix, Set<String> sent, Map<String, RetryingClient.Ack> acknowledged) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Instant> firstStored = new HashMap<>();
        for (Row row : rows(EVENTS_BY_KEY, keyPrefix + "%")) {
            String key = row.getString("key");
            counts.computeIfAbsent(key, k -> new TreeMap<>()).put(row.getString("event_type"), row.getLong("n"));
            Instant at = row.getOffsetDateTime("first_at").toInstant();
            firstStored.merge(key, at, (a, b) -> a.isBefore(b) ? a : b);
        }
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        Set<String> storedBeforeFailure = new TreeSet<>();
        for (RetryingClient.Ack ack : acknowledged.values()) {
            String key = ack.command().key();
            Map<String, Long> stored = counts.getOrDefault(key, Map.of());
            String promised = ack.command().path().startsWith("/lessons/progress/") ? "LessonProgressRecorded" : "Enrolled";
            if (!stored.containsKey(promised)) {
                lost.add(key + " " + stored);
            }
            if (stored.values().stream().anyMatch(n -> n > 1)) {
                duplicated.add(key + " " + stored);
            }
            if (promised.equals("LessonProgressRecorded")
                    && (ack.answer().getJsonObject("completion") != null) != stored.containsKey("LessonCompleted")) {
                mismatches.add(key + " answered " + ack.answer().encode() + " stored " + stored);
            }
            if (ack.firstFailureAt() != null && firstStored.containsKey(key) && firstStored.get(key).isBefore(ack.firstFailureAt())) {
                storedBeforeFailure.add(key);
            }
        }
        Set<String> unknown = new TreeSet<>(counts.keySet());
        unknown.removeAll(sent);
        return new KeyAudit(lost, duplicated, List.copyOf(unknown), mismatches, Set.copyOf(storedBeforeFailure));
    }

    /** Subscriptions (name LIKE pattern) whose checkpoint is before the last event of the feed. */
    List<String> subscriptionsBehind(String pattern) {
        List<String> behind = new ArrayList<>();
        rows(BEHIND, pattern).forEach(row -> behind.add(row.getString("subscription")));
        return behind;
    }

    long eventCount() {
        return rows("SELECT count(*) AS n FROM event_store").iterator().next().getLong("n");
    }

    long deadLetters() {
        return rows("SELECT count(*) AS n FROM dead_letters").iterator().next().getLong("n");
    }

    /** Sum of LessonCompleted.xpEarned per learner, as stored. */
    Map<Long, Long> storedXp() {
        return longs("SELECT (data->>'userId')::bigint AS user_id, sum((data->>'xpEarned')::int) AS value"
                + " FROM event_store WHERE event_type = 'LessonCompleted' GROUP BY 1");
    }

    /** Completions marked firstCompletion per learner and lesson that occur more than once. */
    List<String> repeatedFirstCompletions() {
        List<String> repeated = new ArrayList<>();
        rows("SELECT data->>'userId' AS user_id, data->>'lessonId' AS lesson_id, count(*) AS n FROM event_store"
                + " WHERE event_type = 'LessonCompleted' AND (data->>'firstCompletion')::boolean GROUP BY 1, 2 HAVING count(*) > 1")
                .forEach(row -> repeated.add(row.getString("user_id") + "/" + row.getString("lesson_id") + " x" + row.getLong("n")));
        return repeated;
    }

    Map<Long, Long> projectedXp() {
        return longs("SELECT user_id, total_xp AS value FROM xp_totals");
    }

    Map<Long, Long> learningServiceXp() {
        return longs("SELECT user_id, total_xp AS value FROM learning_learner_xp");
    }

    Map<Long, Long> streakExtensions() {
        return longs("SELECT (data->>'userId')::bigint AS user_id, count(*) AS value FROM event_store"
                + " WHERE event_type = 'StreakExtended' GROUP BY 1");
    }

    Map<Long, Long> streakExtensionDays() {
        return longs("SELECT (data->>'userId')::bigint AS user_id, count(DISTINCT data->>'day') AS value FROM event_store"
                + " WHERE event_type = 'StreakExtended' GROUP BY 1");
    }

    Map<Long, Long> projectedStreaks() {
        return longs("SELECT user_id, current_streak AS value FROM learner_streaks");
    }

    private Map<Long, Long> longs(String sql) {
        Map<Long, Long> values = new TreeMap<>();
        rows(sql).forEach(row -> values.put(row.getLong("user_id"), row.getLong("value")));
        return values;
    }

    private Iterable<Row> rows(String sql, Object... args) {
        return pool.preparedQuery(sql).execute(Tuple.from(args)).await().atMost(TIMEOUT);
    }
}
