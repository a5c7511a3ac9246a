package academy.eventstore;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;

/** Maps event_store rows; the SELECT list every query uses (xid8 read as text, then bigint). */
final class EventRows {

    static final String COLUMNS = "global_position, transaction_id::text::bigint AS transaction_id, stream_id, "
            + "stream_version, event_id, event_type, data, metadata, recorded_at";

    private EventRows() {
    }

    static RecordedEvent from(Row row) {
        return new RecordedEvent(
                row.getLong("global_position"),
                row.getLong("transaction_id"),
                row.getString("stream_id"),
                row.getInteger("stream_version"),
                row.getUUID("event_id"),
                row.getString("event_type"),
                row.getJsonObject("data"),
                row.getJsonObject("metadata"),
                row.getOffsetDateTime("recorded_at").toInstant());
    }

    static List<RecordedEvent> all(RowSet<Row> rows) {
        List<RecordedEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            events.add(from(row));
        }
        return events;
    }
}
