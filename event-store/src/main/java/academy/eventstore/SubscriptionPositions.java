package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where subscriptions stand, read from their checkpoints in PostgreSQL (so the answer is the
 * same on every replica, leading or not). The feed is ordered by (transaction id, position), not
 * by position alone, so "has passed position X" compares the event at X with each checkpoint in
 * feed order. Event types: an empty list means every type, as in {@link EventHandler#eventTypes()}.
 */
@ApplicationScoped
public class SubscriptionPositions {

    private static final String PASSED = "SELECT NOT EXISTS (SELECT 1 FROM event_store e"
            + " CROSS JOIN unnest($2::text[]) AS s(name)"
            + " LEFT JOIN subscription_checkpoints c ON c.subscription = s.name"
            + " WHERE e.global_position = $1 AND (c.subscription IS NULL"
            + " OR (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position))) AS passed";
    /*
     * For each subscription not yet past the event at $1: the last event of its types at or
     * before that event (in feed order) that it has not handled. Reaching that one is enough: the
     * events after it are not of its types and do not change what it writes.
     */
    private static final String PENDING = "SELECT s.name, w.transaction_id::text AS transaction_id, w.global_position"
            + " FROM event_store e"
            + " CROSS JOIN unnest($2::text[], $3::text[]) AS s(name, types)"
            + " LEFT JOIN subscription_checkpoints c ON c.subscription = s.name"
            + " CROSS JOIN LATERAL (SELECT x.transaction_id, x.global_position FROM event_store x"
            + "   WHERE (x.transaction_id, x.global_position) <= (e.transaction_id, e.global_position)"
            + "   AND (c.subscription IS NULL"
            + "     OR (x.transaction_id, x.global_position) > (c.transaction_id, c.global_position))"
            + "   AND (s.types = '' OR x.event_type = ANY(string_to_array(s.types, ',')))"
            + "   ORDER BY x.transaction_id DESC, x.global_position DESC LIMIT 1) w"
            + " WHERE e.global_position = $1";
    private static final String STATUS = "SELECT"
            + " (SELECT e.global_position FROM event_store e"
            + "   WHERE (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position)"
            + "   ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1) AS position,"
            + " (SELECT e.recorded_at FROM event_store e"
            + "   WHERE (e.transaction_id, e.global_position) > (c.transaction_id, c.global_position)"
            + "   AND (cardinality($2::text[]) = 0 OR e.event_type = ANY($2))"
            + "   ORDER BY e.transaction_id, e.global_position LIMIT 1) AS oldest_waiting"
            + " FROM subscription_checkpoints c WHERE c.subscription = $1";

    private final Pool pool;

    @Inject
    public SubscriptionPositions(Pool pool) {
        this.pool = pool;
    }

    /**
     * True when every one of {@code subscriptions} has handled the event at {@code globalPosition}
     * (or no event is there). A subscription without a checkpoint has handled nothing.
     */
    public Uni<Boolean> passed(List<String> subscriptions, long globalPosition) {
        return pool.preparedQuery(PASSED)
                .execute(Tuple.tuple().addLong(globalPosition).addArrayOfString(subscriptions.toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getBoolean("passed"));
    }

    /**
     * What each subscription (name to its event types) still has to handle before it reflects
     * the event at {@code globalPosition}: the feed position of the last such event, per
     * subscription still short of it. Empty when all are there or no event is at that position.
     */
    public Uni<Map<String, FeedPosition>> pending(long globalPosition, Map<String, List<String>> subscriptions) {
        String[] names = subscriptions.keySet().toArray(String[]::new);
        String[] types = subscriptions.values().stream().map(t -> String.join(",", t)).toArray(String[]::new);
        return pool.preparedQuery(PENDING)
                .execute(Tuple.tuple().addLong(globalPosition).addArrayOfString(names).addArrayOfString(types))
                .map(rows -> {
                    Map<String, FeedPosition> pending = new LinkedHashMap<>();
                    rows.forEach(row -> pending.put(row.getString("name"), new FeedPosition(
                            Long.parseLong(row.getString("transaction_id")), row.getLong("global_position"))));
                    return pending;
                });
    }

    /** The subscription's position and its oldest waiting event of {@code eventTypes}; (0, null) before its first run. */
    public Uni<SubscriptionStatus> status(String subscription, List<String> eventTypes) {
        return pool.preparedQuery(STATUS)
                .execute(Tuple.tuple().addString(subscription).addArrayOfString(eventTypes.toArray(String[]::new)))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return new SubscriptionStatus(0, null);
                    }
                    Row row = rows.iterator().next();
                    Long position = row.getLong("position");
                    OffsetDateTime oldest = row.getOffsetDateTime("oldest_waiting");
                    return new SubscriptionStatus(position == null ? 0 : position,
                            oldest == null ? null : oldest.toInstant());
                });
    }
}
