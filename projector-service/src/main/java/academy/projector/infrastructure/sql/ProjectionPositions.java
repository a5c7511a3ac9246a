package academy.projector.infrastructure.sql;

import academy.eventstore.FeedPosition;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where subscriptions stand. The feed is ordered by (transaction id, position), not by position
 * alone, so "has passed position X" compares the event at X with each checkpoint in feed order.
 */
@ApplicationScoped
public class ProjectionPositions {

    private static final String PASSED = "SELECT NOT EXISTS (SELECT 1 FROM event_store e"
            + " CROSS JOIN unnest($2::text[]) AS s(name)"
            + " LEFT JOIN subscription_checkpoints c ON c.subscription = s.name"
            + " WHERE e.global_position = $1 AND (c.subscription IS NULL"
            + " OR (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position))) AS passed";
    /**
     * For each subscription not yet past the event at $1: the last event of its types at or
     * before that event (in feed order) that it has not handled. Reaching that one is enough: the
     * events after it are not of its types and do not change its read model.
     */
    private static final String PENDING = "SELECT s.name, w.transaction_id::text AS transaction_id, w.global_position"
            + " FROM event_store e"
            + " CROSS JOIN unnest($2::text[], $3::text[]) AS s(name, types)"
            + " LEFT JOIN subscription_checkpoints c ON c.subscription = s.name"
            + " CROSS JOIN LATERAL (SELECT x.transaction_id, x.global_position FROM event_store x"
            + "   WHERE (x.transaction_id, x.global_position) <= (e.transaction_id, e.global_position)"
            + "   AND (c.subscription IS NULL"
            + "     OR (x.transaction_id, x.global_position) > (c.transaction_id, c.global_position))"
            + "   AND x.event_type = ANY(string_to_array(s.types, ','))"
            + "   ORDER BY x.transaction_id DESC, x.global_position DESC LIMIT 1) w"
            + " WHERE e.global_position = $1";
    private static final String STATUS = "SELECT"
            + " (SELECT e.global_position FROM event_store e"
            + "   WHERE (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position)"
            + "   ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1) AS position,"
            + " (SELECT e.recorded_at FROM event_store e"
            + "   WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)"
            + "   AND e.event_type = ANY($2) ORDER BY e.transaction_id, e.global_position LIMIT 1) AS oldest_waiting"
            + " FROM subscription_checkpoints c WHERE c.subscription = $1";
    private static final String MOVE = "INSERT INTO subscription_checkpoints (subscription, transaction_id, global_position)"
            + " VALUES ($1, $2::text::xid8, $3) ON CONFLICT (subscription) DO UPDATE"
            + " SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position, updated_at = now()";

    private static final String DEAD_LETTERED = "SELECT EXISTS (SELECT 1 FROM dead_letters"
            + " WHERE subscription = $1 AND event_id = $2) AS parked";

    private final Pool pool;

    public ProjectionPositions(Pool pool) {
        this.pool = pool;
    }

    /** True when every one of these subscriptions has handled the event at {@code position} (or it does not exist). */
    public Uni<Boolean> passed(List<String> subscriptions, long position) {
        return pool.preparedQuery(PASSED)
                .execute(Tuple.tuple().addLong(position).addArrayOfString(subscriptions.toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getBoolean("passed"));
    }

    /**
     * What each subscription (name to its event types) still has to handle before its read model
     * reflects the event at {@code position}: empty when all are there or the event does not exist.
     */
    public Uni<Map<String, FeedPosition>> pending(long position, Map<String, List<String>> subscriptions) {
        String[] names = subscriptions.keySet().toArray(String[]::new);
        String[] types = subscriptions.values().stream().map(t -> String.join(",", t)).toArray(String[]::new);
        return pool.preparedQuery(PENDING)
                .execute(Tuple.tuple().addLong(position).addArrayOfString(names).addArrayOfString(types))
                .map(rows -> {
                    Map<String, FeedPosition> pending = new LinkedHashMap<>();
                    rows.forEach(row -> pending.put(row.getString("name"), new FeedPosition(
                            Long.parseLong(row.getString("transaction_id")), row.getLong("global_position"))));
                    return pending;
                });
    }

    /** Position of the last handled event and the recording time of the oldest one waiting. */
    public Uni<Status> status(String subscription, List<String> eventTypes) {
        return pool.preparedQuery(STATUS)
                .execute(Tuple.tuple().addString(subscription).addArrayOfString(eventTypes.toArray(String[]::new)))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return new Status(0, null);
                    }
                    Row row = rows.iterator().next();
                    Long position = row.getLong("position");
                    return new Status(position == null ? 0 : position,
                            DashboardRows.instant(row.getOffsetDateTime("oldest_waiting")));
                });
    }

    /** True when the live subscription set this event aside in the dead letters (parked, retried or skipped). */
    public Uni<Boolean> deadLettered(String subscription, UUID eventId) {
        return pool.preparedQuery(DEAD_LETTERED).execute(Tuple.of(subscription, eventId))
                .map(rows -> rows.iterator().next().getBoolean("parked"));
    }

    /** Sets a subscription's checkpoint (a rebuild's swap, inside its transaction). */
    public static Uni<Void> move(SqlClient transaction, String subscription, FeedPosition to) {
        return transaction.preparedQuery(MOVE)
                .execute(Tuple.of(subscription, Long.toString(to.transactionId()), to.globalPosition()))
                .replaceWithVoid();
    }

    public record Status(long position, Instant oldestWaiting) {
    }
}
