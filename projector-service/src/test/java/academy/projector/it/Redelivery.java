package academy.projector.it;

import academy.eventstore.EventStore;
import academy.eventstore.RecordedEvent;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import academy.projector.projection.infrastructure.ProjectionHandler;

/** What the feed does when a batch is delivered again (at-least-once): handle it in a transaction, then after commit. */
final class Redelivery {

    private Redelivery() {
    }

    static List<RecordedEvent> stored(EventStore store, String... streams) {
        List<RecordedEvent> events = new ArrayList<>();
        for (String stream : streams) {
            events.addAll(store.readStream(stream).await().atMost(Duration.ofSeconds(5)));
        }
        return events;
    }

    static void redeliver(Pool pool, ProjectionHandler handler, List<RecordedEvent> batch) {
        pool.withTransaction(tx -> handler.handle(tx, batch)).await().atMost(Duration.ofSeconds(10));
        handler.afterCommit(batch).await().atMost(Duration.ofSeconds(10));
    }
}
