package academy.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

final class StreamReader {

    private static final String READ_STREAM = "SELECT " + EventRows.COLUMNS
            + " FROM event_store WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version";
    private static final String FIND_EVENT = "SELECT " + EventRows.COLUMNS + " FROM event_store WHERE event_id = $1";
    private static final String HEAD = "SELECT coalesce(max(global_position), 0) AS head FROM event_store";
    private static final String FEED = "SELECT " + EventRows.COLUMNS + " FROM event_store"
            + " WHERE (transaction_id, global_position) > ($1::text::xid8, $2)"
            + " AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
            + " ORDER BY event_store.transaction_id, event_store.global_position LIMIT $3";
    private static final String FEED_OF_TYPES = "SELECT " + EventRows.COLUMNS + " FROM event_store"
            + " WHERE (transaction_id, global_position) > ($1::text::xid8, $2)"
            + " AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())"
            + " AND event_type = ANY($4)"
            + " ORDER BY event_store.transaction_id, event_store.global_position LIMIT $3";

    Uni<List<RecordedEvent>> readStream(SqlClient client, String streamId, int fromVersion) {
        return client.preparedQuery(READ_STREAM).execute(Tuple.of(streamId, fromVersion)).map(EventRows::all);
    }

    Uni<RecordedEvent> findEvent(SqlClient client, UUID eventId) {
        return client.preparedQuery(FIND_EVENT).execute(Tuple.of(eventId))
                .map(rows -> rows.size() == 0 ? null : EventRows.from(rows.iterator().next()));
    }

    Uni<Long> headPosition(SqlClient client) {
        return client.query(HEAD).execute().map(rows -> rows.iterator().next().getLong("head"));
    }

    Uni<List<RecordedEvent>> readFeed(SqlClient client, FeedPosition after, int limit, List<String> eventTypes) {
        Tuple args = Tuple.of(Long.toString(after.transactionId()), after.globalPosition(), limit);
        if (eventTypes == null || eventTypes.isEmpty()) {
            return client.preparedQuery(FEED).execute(args).map(EventRows::all);
        }
        args.addArrayOfString(eventTypes.toArray(String[]::new));
        return client.preparedQuery(FEED_OF_TYPES).execute(args).map(EventRows::all);
    }
}
