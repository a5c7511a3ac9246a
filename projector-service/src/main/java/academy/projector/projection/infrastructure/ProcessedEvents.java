package academy.projector.projection.infrastructure;

import academy.eventstore.RecordedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * De-duplication by event id for projections that add up (XP, seconds, counts): an event is
 * claimed in the batch's transaction, and only events claimed for the first time are applied.
 */
public final class ProcessedEvents {

    private static final String CLAIM = "INSERT INTO {%s} (event_id) SELECT unnest($1::uuid[])"
            + " ON CONFLICT (event_id) DO NOTHING RETURNING event_id";

    private final String claim;

    public ProcessedEvents(TableNames tables, String table) {
        this.claim = tables.sql(String.format(CLAIM, table));
    }

    public Uni<List<RecordedEvent>> claimFresh(SqlConnection transaction, List<RecordedEvent> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] ids = batch.stream().map(RecordedEvent::eventId).toArray(UUID[]::new);
        return transaction.preparedQuery(claim).execute(Tuple.tuple().addArrayOfUUID(ids)).map(rows -> {
            Set<UUID> fresh = new HashSet<>();
            for (Row row : rows) {
                fresh.add(row.getUUID("event_id"));
            }
            return batch.stream().filter(event -> fresh.contains(event.eventId())).toList();
        });
    }
}
